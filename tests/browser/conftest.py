"""Browser journeys: real Chromium (Playwright, sync API) against pytest-django's live_server.

Chromium is Debian's (/usr/bin/chromium); ``playwright install`` is not used. Without a
browser the tests are skipped with a visible reason on a developer machine, and fail in CI
(``CI=true``), where a skipped accessibility suite would pass unnoticed.
"""

import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.browser.bantuan import TINGGI_LAYAR, DataDemo

CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
ARGUMEN_CHROMIUM = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
FOLDER_INI = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    # Every test in tests/browser/ gets the ``browser`` marker (``-m "not browser"`` skips them).
    for item in items:
        if _di_folder_ini(item):
            item.add_marker(pytest.mark.browser)


def _di_folder_ini(item):
    return FOLDER_INI in Path(item.path).resolve().parents


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Allow the ORM next to Playwright's event loop, for browser tests only.

    Playwright's sync API keeps an asyncio event loop running in the main thread while it
    is started; Django then refuses synchronous ORM calls (SynchronousOnlyOperation) unless
    DJANGO_ALLOW_ASYNC_UNSAFE is set. It is set around the whole protocol of each browser
    test (setup, call and teardown, where pytest-django flushes the database) and removed
    afterwards, so it never leaks into other tests or the subprocesses they start
    (`check --deploy` rejects it: async.E001).
    """
    if not _di_folder_ini(item):
        return (yield)
    sebelumnya = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        return (yield)
    finally:
        if sebelumnya is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = sebelumnya


def _tidak_bisa_menjalankan_peramban(alasan):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{alasan} — CI=true: uji peramban wajib berjalan di CI.", pytrace=False)
    pytest.skip(alasan)


@pytest.fixture(scope="session")
def chromium_tersedia():
    """Playwright and Chromium are there — or the browser tests skip (fail under CI=true)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _tidak_bisa_menjalankan_peramban(
            "Playwright tidak terpasang (pip install -r requirements-dev.txt)"
        )
    if not os.access(CHROMIUM, os.X_OK):
        _tidak_bisa_menjalankan_peramban(
            f"Chromium tidak ditemukan di {CHROMIUM} (apt-get install chromium)"
        )
    return CHROMIUM


@pytest.fixture
def peramban(chromium_tersedia, transactional_db):
    """A headless Chromium, started after the test database is ready and stopped before
    pytest-django flushes it.

    Why per test and not per session: while Playwright's sync API is started, an asyncio
    event loop counts as running in the main thread, and Django then keeps its database
    connections in context-local instead of thread-local storage — a different connection
    object from the one the test database was set up with (serialized_rollback silently
    stops working), and every test collected after tests/browser/ would inherit it. Chromium
    starts in well under a second.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium_tersedia, args=ARGUMEN_CHROMIUM, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def buat_halaman(peramban):
    """Factory: a fresh page (own context) at a given width, optionally without JavaScript."""
    konteks = []

    def _buat(lebar=375, javascript=True):
        ctx = peramban.new_context(
            viewport={"width": lebar, "height": TINGGI_LAYAR.get(lebar, 900)},
            java_script_enabled=javascript,
            locale="id-ID",
            timezone_id="Asia/Jakarta",
        )
        ctx.set_default_timeout(15_000)
        konteks.append(ctx)
        return ctx.new_page()

    yield _buat
    for ctx in konteks:
        ctx.close()


@pytest.fixture
def data_demo(transactional_db):
    """The demo catalog (``manage.py muat_demo``), as a resident would meet it.

    The tests using it need ``django_db(transaction=True, serialized_rollback=True)``: the
    live server answers from another thread, so the data must be committed; and the flush
    after each transactional test also empties what migrations created (the staff groups
    muat_demo needs), which serialized_rollback restores before the next one.
    """
    from layanan.models import OPD, Layanan

    call_command("muat_demo", stdout=io.StringIO(), stderr=io.StringIO())
    assert Layanan.objects.terbit().count() >= 60, "muat_demo harus membuat ≥ 60 layanan terbit"
    opd_pindah = OPD.objects.aktif().sudah_pindah().order_by("nama").first()
    assert opd_pindah is not None, "muat_demo harus membuat OPD dengan pemberitahuan pindah"
    return DataDemo(slug_layanan="ktp-el", slug_opd_pindah=opd_pindah.slug)
