"""Two-step sign-in (TOTP, django-otp) for staff: who must use it, the pages to enrol an
authenticator app and to enter a code, and the middleware that keeps an unverified session
out of the admin and the staff pages.

Project plumbing, installed as a small app so it can have its admin, templates and
management commands; the apps do not import it.
"""
