"""Pemda, kecamatan and desa/kelurahan with their Kemendagri codes.

Codes and names follow the Kemendagri code list (Kepmendagri 300.2.2-2138 Tahun 2025, as
published in the open data set cahyadsn/wilayah). In a desa code the first digit of the last
part tells its kind: 1xxx = kelurahan, 2xxx = desa.
"""

PEMDA = [
    {
        "kode": "35.14",
        "nama": "Pemerintah Kabupaten Pasuruan",
        "jenis": "kabupaten",
        "slug": "kabupaten-pasuruan",
    },
    {
        "kode": "35.75",
        "nama": "Pemerintah Kota Pasuruan",
        "jenis": "kota",
        "slug": "kota-pasuruan",
    },
    {
        "kode": "35.13",
        "nama": "Pemerintah Kabupaten Probolinggo",
        "jenis": "kabupaten",
        "slug": "kabupaten-probolinggo",
    },
]

# Position in the list = kecamatan number in the code (35.14.01 … 35.14.24).
KECAMATAN_KABUPATEN_PASURUAN = [
    "Purwodadi",
    "Tutur",
    "Puspo",
    "Lumbang",
    "Pasrepan",
    "Kejayan",
    "Wonorejo",
    "Purwosari",
    "Sukorejo",
    "Prigen",
    "Pandaan",
    "Gempol",
    "Beji",
    "Bangil",
    "Rembang",
    "Kraton",
    "Pohjentrek",
    "Gondangwetan",
    "Winongan",
    "Grati",
    "Nguling",
    "Lekok",
    "Rejoso",
    "Tosari",
]

KECAMATAN_KOTA_PASURUAN = ["Gadingrejo", "Purworejo", "Bugul Kidul", "Panggungrejo"]

# kode kecamatan -> [(nomor, nama)]
DESA = {
    # Bangil
    "35.14.14": [
        ("1001", "Kolursari"),
        ("1002", "Kiduldalem"),
        ("1003", "Pogar"),
        ("1004", "Kauman"),
        ("1005", "Bendomungal"),
        ("1006", "Kersikan"),
        ("1007", "Gempeng"),
        ("1008", "Dermo"),
        ("1009", "Latek"),
        ("1012", "Kalianyar"),
        ("1014", "Kalirejo"),
        ("2010", "Masangan"),
        ("2011", "Raci"),
        ("2013", "Manaruwi"),
        ("2015", "Tambakan"),
    ],
    # Pandaan
    "35.14.11": [
        ("1006", "Kutorejo"),
        ("1007", "Jogosari"),
        ("1008", "Petungasri"),
        ("1011", "Pandaan"),
        ("2001", "Plintahan"),
        ("2002", "Durensewu"),
        ("2003", "Karangjati"),
        ("2004", "Wedoro"),
        ("2005", "Tunggulwulung"),
        ("2009", "Sumbergedang"),
        ("2010", "Tawangrejo"),
        ("2012", "Nogosari"),
        ("2013", "Kebonwaris"),
        ("2014", "Sebani"),
        ("2015", "Banjarsari"),
        ("2016", "Banjarkejen"),
        ("2017", "Kemirisewu"),
        ("2018", "Sumberrejo"),
    ],
    # Gempol
    "35.14.12": [
        ("2001", "Wonosunyo"),
        ("2002", "Sumbersuko"),
        ("2003", "Wonosari"),
        ("2004", "Kepulungan"),
        ("2005", "Randupitu"),
        ("2006", "Ngerong"),
        ("2007", "Karangrejo"),
        ("2008", "Bulusari"),
        ("2009", "Jeruk Purut"),
        ("2010", "Watukosek"),
        ("2011", "Carat"),
        ("2012", "Kejapanan"),
        ("2013", "Winong"),
        ("2014", "Legok"),
        ("2015", "Gempol"),
    ],
    # Purwosari
    "35.14.08": [
        ("1006", "Purwosari"),
        ("2001", "Sumberrejo"),
        ("2002", "Sekarmojo"),
        ("2003", "Tejowangi"),
        ("2004", "Kertosari"),
        ("2005", "Martopuro"),
        ("2007", "Sengonagung"),
        ("2008", "Pager"),
        ("2009", "Cendono"),
        ("2010", "Karangrejo"),
        ("2011", "Sumbersuko"),
        ("2012", "Pucangsari"),
        ("2013", "Kayoman"),
        ("2014", "Sukodermo"),
        ("2015", "Bakalan"),
    ],
    # Prigen
    "35.14.10": [
        ("1007", "Ledug"),
        ("1008", "Pecalukan"),
        ("1009", "Prigen"),
        ("2001", "Jatiarjo"),
        ("2002", "Watuagung"),
        ("2003", "Dayurejo"),
        ("2004", "Bulukandang"),
        ("2005", "Ketanireng"),
        ("2006", "Sukolelo"),
        ("2010", "Lumbangrejo"),
        ("2011", "Sukoreno"),
        ("2012", "Sekarjoho"),
        ("2013", "Gambiran"),
        ("2014", "Candiwates"),
    ],
    # Beji
    "35.14.13": [
        ("1013", "Glanggang"),
        ("1014", "Pagak"),
        ("2001", "Baujeng"),
        ("2002", "Ngembe"),
        ("2003", "Kenep"),
        ("2004", "Sidowayah"),
        ("2005", "Gajahbendo"),
        ("2006", "Gununggangsir"),
        ("2007", "Wonokoyo"),
        ("2008", "Gunungsari"),
        ("2009", "Cangkringmalang"),
        ("2010", "Kedungringin"),
        ("2011", "Kedungboto"),
        ("2012", "Beji"),
    ],
    # Tosari (Tengger)
    "35.14.24": [
        ("2001", "Mororejo"),
        ("2002", "Podokoyo"),
        ("2003", "Ngadiwono"),
        ("2004", "Tosari"),
        ("2005", "Wonokitri"),
        ("2006", "Baledono"),
        ("2007", "Sedaeng"),
        ("2008", "Kandangan"),
    ],
    # Kota Pasuruan: Gadingrejo
    "35.75.01": [
        ("1001", "Karangketug"),
        ("1002", "Gentong"),
        ("1003", "Sebani"),
        ("1004", "Petahunan"),
        ("1005", "Bukir"),
        ("1006", "Randusari"),
        ("1007", "Krapyakrejo"),
        ("1009", "Gadingrejo"),
    ],
    # Kota Pasuruan: Purworejo
    "35.75.02": [
        ("1001", "Pohjentrek"),
        ("1002", "Wirogunan"),
        ("1003", "Tembokrejo"),
        ("1004", "Purutrejo"),
        ("1005", "Kebonagung"),
        ("1006", "Purworejo"),
        ("1011", "Sekargadung"),
    ],
    # Kota Pasuruan: Bugul Kidul
    "35.75.03": [
        ("1001", "Blandongan"),
        ("1002", "Kepel"),
        ("1003", "Tapa'an"),
        ("1005", "Bakalan"),
        ("1006", "Krampyangan"),
        ("1009", "Bugul Kidul"),
    ],
    # Kota Pasuruan: Panggungrejo
    "35.75.04": [
        ("1001", "Karanganyar"),
        ("1002", "Tamba'an"),
        ("1003", "Trajeng"),
        ("1004", "Bangilan"),
        ("1005", "Kebonsari"),
        ("1006", "Mayangan"),
        ("1007", "Ngemplakrejo"),
        ("1008", "Petamanan"),
        ("1009", "Pekuncen"),
        ("1010", "Bugul Lor"),
        ("1011", "Kandangsapi"),
        ("1012", "Panggungrejo"),
        ("1013", "Mandaranrejo"),
    ],
}


def daftar_kecamatan():
    """[(kode pemda, kode kecamatan, nama, slug)] for both Pemda."""
    hasil = []
    for nomor, nama in enumerate(KECAMATAN_KABUPATEN_PASURUAN, start=1):
        slug = nama.lower().replace(" ", "-")
        hasil.append(("35.14", f"35.14.{nomor:02d}", nama, slug))
    for nomor, nama in enumerate(KECAMATAN_KOTA_PASURUAN, start=1):
        slug = "kota-pasuruan-" + nama.lower().replace(" ", "-")
        hasil.append(("35.75", f"35.75.{nomor:02d}", nama, slug))
    return hasil


def daftar_desa():
    """[(kode kecamatan, kode desa, nama, jenis)]."""
    return [
        (kode_kec, f"{kode_kec}.{nomor}", nama, "kelurahan" if nomor[0] == "1" else "desa")
        for kode_kec, isi in DESA.items()
        for nomor, nama in isi
    ]
