"""Kecamatan traits that steer where items come from: population, flood and drought."""

# Kecamatan with many floods (Porong/Kedung Larangan/Rejoso basins) and dry uplands.
RAWAN_BANJIR = {"Gempol", "Beji", "Bangil", "Rembang", "Kraton", "Rejoso", "Grati", "Panggungrejo"}
RAWAN_KERING = {"Lumbang", "Puspo", "Tosari", "Winongan", "Nguling", "Pasrepan", "Lekok"}

# Rough relative population per kecamatan (thousands); others count as 60.
PENDUDUK = {
    "Gempol": 135,
    "Pandaan": 110,
    "Bangil": 95,
    "Beji": 85,
    "Sukorejo": 90,
    "Purwosari": 80,
    "Prigen": 85,
    "Kraton": 90,
    "Grati": 80,
    "Rembang": 65,
    "Nguling": 60,
    "Lekok": 70,
    "Winongan": 45,
    "Tosari": 20,
    "Puspo": 30,
    "Tutur": 55,
    "Lumbang": 35,
    "Pasrepan": 50,
    "Gadingrejo": 50,
    "Purworejo": 60,
    "Bugul Kidul": 35,
    "Panggungrejo": 65,
}
