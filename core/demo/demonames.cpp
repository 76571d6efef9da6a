#include "demo/demodata.h"

namespace rapi::demo {

namespace {

const char *const femaleFirst[] = {
    "Siti",   "Dewi",    "Putri",  "Ayu",     "Rina",     "Fitri",  "Indah",  "Nurul",    "Sri",
    "Wulan",  "Yuni",    "Ratna",  "Maya",    "Intan",    "Anisa",  "Nabila", "Aulia",    "Salsabila",
    "Zahra",  "Rahma",   "Dina",   "Mega",    "Novi",     "Eka",    "Rini",   "Yanti",    "Tika",
    "Desi",   "Lina",    "Vina",   "Kartika", "Citra",    "Amelia", "Nadia",  "Diah",     "Ratih",
    "Nia",    "Sari",    "Hana",   "Laras",   "Anggun",   "Dian",   "Lia",    "Fadhilah", "Khairunnisa",
    "Melati", "Wahyuni", "Kirana", "Syifa",   "Nur Aini", "Tiara",  "Safira", "Febri",    "Ika",
};

const char *const maleFirst[] = {
    "Budi",   "Agus",   "Andi",   "Rizky",    "Dedi",  "Eko",   "Hendra", "Joko",   "Bambang", "Fajar",
    "Rudi",   "Yusuf",  "Ahmad",  "Muhammad", "Dimas", "Bayu",  "Arif",   "Irfan",  "Reza",    "Fikri",
    "Taufik", "Wahyu",  "Adi",    "Hadi",     "Rian",  "Iwan",  "Dodi",   "Gilang", "Ilham",   "Hafiz",
    "Yoga",   "Aditya", "Rangga", "Surya",    "Teguh", "Bagus", "Rahmat", "Hasan",  "Imam",    "Doni",
    "Fahmi",  "Galih",  "Krisna", "Lukman",   "Nanda", "Putu",  "Wayan",  "Yosua",
};

const char *const femaleLast[] = {
    "Rahmawati",    "Lestari", "Maharani",   "Anggraini", "Fitriani", "Handayani",   "Suryani",
    "Sulistyowati", "Utami",   "Safitri",    "Wulandari", "Yuliani",  "Permatasari", "Puspita",
    "Kusumawati",   "Ayu",     "Novitasari", "Oktaviani", "Rahayu",   "Susanti",
};

const char *const maleLast[] = {
    "Pratama",    "Saputra",  "Hidayat",   "Kurniawan", "Setiawan", "Nugroho", "Prasetyo",
    "Firmansyah", "Ramadhan", "Syahputra", "Putra",     "Wibowo",   "Hakim",   "Mahendra",
    "Iskandar",   "Hamzah",   "Hendrawan", "Subagyo",   "Setiadi",  "Maulana",
};

// Family and clan names borne by everyone: Batak marga, Chinese-Indonesian and Javanese surnames.
const char *const neutralLast[] = {
    "Santoso", "Wijaya",    "Siregar",   "Nasution", "Harahap", "Simanjuntak", "Lubis",   "Sitompul",
    "Hutapea", "Sihombing", "Purba",     "Ginting",  "Tarigan", "Nainggolan",  "Susanto", "Gunawan",
    "Halim",   "Tanjung",   "Kusuma",    "Hasibuan", "Pohan",   "Manurung",    "Sinaga",  "Panjaitan",
    "Daulay",  "Tambunan",  "Sembiring", "Tanoto",   "Salim",   "Hartono",
};

// Telkomsel leads, then Indosat, XL, Tri, Axis and Smartfren, roughly as in the market.
const WeightedText prefixes[] = {
    {"0811", 4}, {"0812", 14}, {"0813", 10}, {"0821", 9}, {"0822", 8}, {"0823", 3}, {"0852", 7}, {"0853", 5},
    {"0814", 1}, {"0815", 2},  {"0816", 2},  {"0855", 1}, {"0856", 5}, {"0857", 7}, {"0858", 2}, {"0817", 3},
    {"0818", 2}, {"0819", 3},  {"0859", 2},  {"0877", 3}, {"0878", 3}, {"0831", 1}, {"0838", 2}, {"0895", 3},
    {"0896", 5}, {"0897", 2},  {"0898", 2},  {"0899", 1}, {"0881", 1}, {"0882", 1}, {"0887", 1},
};

const WeightedText courierList[] = {
    {"J&T", 30}, {"JNE", 25}, {"SiCepat", 20}, {"AnterAja", 10}, {"Ninja Xpress", 8}, {"GoSend", 7},
};

const char *const customerNoteList[] = {
    "Tolong dibungkus rapi ya kak, untuk kado",
    "Kalau warna ini habis, ganti hitam saja",
    "Mohon dikirim hari ini kak",
    "Bubble wrap tebal ya, isinya kaca",
    "Jangan lupa bonus stikernya hehe",
    "Titip di pos satpam kalau rumah kosong",
    "Minta nota dalam paket",
    "Alamat lengkap sudah benar, patokan depan masjid",
    "Tolong cek ukuran sebelum dikirim",
    "Reseller, minta harga grosir next order",
};

const char *const cancelNoteList[] = {
    "Tidak ada pembayaran lebih dari 2x24 jam", "Pembeli membatalkan, salah pilih varian",
    "Stok di gudang ternyata kosong",           "Pembeli minta batal, sudah beli di tempat lain",
    "Alamat di luar jangkauan kurir",           "Dibatalkan otomatis oleh marketplace",
};

const char *const returnNoteList[] = {
    "Paket ditolak penerima (COD)", "Barang rusak saat pengiriman",       "Ukuran tidak sesuai, minta tukar",
    "Warna berbeda dengan foto",    "Segel sudah terbuka waktu diterima", "Salah kirim varian",
};

const char *const suppliers[] = {
    "CV Sumber Rejeki",   "PT Tekstil Nusantara", "Konveksi Bu Ani",         "Toko Grosir Tanah Abang",
    "PT Kosmetika Indah", "UD Kopi Gayo Lestari", "Gudang Aksesoris Glodok", "CV Rumah Rapi",
};

} // namespace

std::span<const char *const> femaleFirstNames()
{
    return femaleFirst;
}
std::span<const char *const> maleFirstNames()
{
    return maleFirst;
}
std::span<const char *const> femaleLastNames()
{
    return femaleLast;
}
std::span<const char *const> maleLastNames()
{
    return maleLast;
}
std::span<const char *const> neutralLastNames()
{
    return neutralLast;
}
std::span<const WeightedText> phonePrefixes()
{
    return prefixes;
}
std::span<const WeightedText> couriers()
{
    return courierList;
}
std::span<const char *const> customerNotes()
{
    return customerNoteList;
}
std::span<const char *const> cancelNotes()
{
    return cancelNoteList;
}
std::span<const char *const> returnNotes()
{
    return returnNoteList;
}
std::span<const char *const> supplierNames()
{
    return suppliers;
}

} // namespace rapi::demo
