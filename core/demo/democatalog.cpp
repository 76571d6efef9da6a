#include "demo/demodata.h"

#include <iterator>

namespace rapi::demo {

namespace {

enum VariantSetId {
    Single,
    HijabColours,
    Sizes,
    Motifs,
    LipShades,
    CoffeeWeights,
    SnackFlavours,
    PhoneModels,
    CableLengths,
    BlackWhite,
    BedSizes,
    Scents,
    HomeColours,
    CushionShades,
    CurtainSizes,
    SambalKinds,
};

const Variant single[] = {{"", 0}};
const Variant hijabColours[] = {{"Hitam", 0}, {"Mocca", 0},  {"Sage", 0},         {"Dusty Pink", 0},
                                {"Navy", 0},  {"Maroon", 0}, {"Broken White", 0}, {"Taupe", 0}};
const Variant sizes[] = {{"S", 0}, {"M", 0}, {"L", 0}, {"XL", 0}, {"XXL", 10000}};
const Variant motifs[] = {
    {"Floral Sakura", 0}, {"Daun Monstera", 0}, {"Batik Parang", 5000}, {"Abstrak Pastel", 0}};
const Variant lipShades[] = {
    {"01 Rosy", 0}, {"02 Peach", 0}, {"03 Cherry", 0}, {"04 Mauve", 0}, {"05 Nude", 0}};
const Variant coffeeWeights[] = {{"200 g", 0}, {"500 g", 85000}, {"1 kg", 185000}};
const Variant snackFlavours[] = {{"Original", 0}, {"Pedas", 0}, {"Extra Pedas", 0}, {"Balado", 0}};
const Variant phoneModels[] = {{"iPhone 11", 0},   {"iPhone 13", 0},     {"iPhone 15", 5000},
                               {"Samsung A54", 0}, {"Redmi Note 13", 0}, {"Oppo A78", 0},
                               {"Vivo Y36", 0}};
const Variant cableLengths[] = {{"1 m", 0}, {"2 m", 10000}};
const Variant blackWhite[] = {{"Hitam", 0}, {"Putih", 0}};
const Variant bedSizes[] = {{"120x200", 0}, {"160x200", 30000}, {"180x200", 45000}};
const Variant scents[] = {{"Sakura", 0}, {"Vanilla", 0}, {"Green Tea", 0}};
const Variant homeColours[] = {{"Abu-abu", 0}, {"Cokelat", 0}, {"Hijau Sage", 0}, {"Krem", 0}};
const Variant cushionShades[] = {{"01 Light", 0}, {"02 Natural", 0}, {"03 Sand", 0}, {"04 Honey", 0}};
const Variant curtainSizes[] = {{"140x220", 0}, {"200x220", 40000}};
const Variant sambalKinds[] = {{"Original", 0}, {"Cumi", 8000}, {"Teri", 5000}};

const std::span<const Variant> variantSets[] = {
    single,       hijabColours, sizes,    motifs, lipShades,   coffeeWeights, snackFlavours, phoneModels,
    cableLengths, blackWhite,   bedSizes, scents, homeColours, cushionShades, curtainSizes,  sambalKinds,
};

// Prices are what such a shop asks on Shopee in 2024; popularity is a rough share of orders.
const CatalogItem items[] = {
    {"Hijab", "HJB-PSM", "Pashmina Silk Premium", 59000, 10, HijabColours},
    {"Hijab", "HJB-PCR", "Pashmina Ceruty Babydoll", 45000, 9, HijabColours},
    {"Hijab", "HJB-BRG", "Bergo Instan Jersey", 39000, 8, HijabColours},
    {"Hijab", "HJB-SGV", "Segi Empat Voal Motif", 65000, 6, Motifs},
    {"Hijab", "HJB-INR", "Inner Ninja Rajut", 15000, 7, HijabColours},
    {"Hijab", "HJB-KHM", "Khimar Syari Wolfis", 89000, 4, HijabColours},
    {"Hijab", "HJB-SPP", "Segi Empat Paris Polos", 25000, 7, HijabColours},
    {"Hijab", "HJB-CPT", "Ciput Rajut Anti Pusing", 12000, 5, HijabColours},
    {"Fashion Muslim", "FSH-GMS", "Gamis Rayon Polos", 149000, 5, Sizes},
    {"Fashion Muslim", "FSH-TNK", "Tunik Katun Linen", 119000, 4, Sizes},
    {"Fashion Muslim", "FSH-KKO", "Kemeja Koko Pria Lengan Panjang", 135000, 3, Sizes},
    {"Fashion Muslim", "FSH-KOS", "Kaos Polos Cotton Combed 30s", 49000, 6, Sizes},
    {"Fashion Muslim", "FSH-KLT", "Celana Kulot Highwaist", 89000, 4, Sizes},
    {"Fashion Muslim", "FSH-MKN", "Mukena Katun Jepang", 189000, 3, HijabColours},
    {"Fashion Muslim", "FSH-KRD", "Kardigan Rajut Oversize", 99000, 3, HomeColours},
    {"Fashion Muslim", "FSH-RPL", "Rok Plisket Premium", 79000, 3, HijabColours},
    {"Skincare", "SKN-SNC", "Serum Niacinamide 10% 20 ml", 69000, 8, Single},
    {"Skincare", "SKN-SSC", "Sunscreen Gel SPF 50 PA++++ 50 ml", 59000, 9, Single},
    {"Skincare", "SKN-TNR", "Toner Centella Asiatica 100 ml", 55000, 6, Single},
    {"Skincare", "SKN-FWS", "Facial Wash Gentle Low pH 100 ml", 39000, 7, Single},
    {"Skincare", "SKN-MST", "Moisturizer Gel Ceramide 30 g", 75000, 6, Single},
    {"Skincare", "SKN-LTN", "Lip Tint Matte", 35000, 6, LipShades},
    {"Skincare", "SKN-CLY", "Masker Clay Kaolin 50 g", 45000, 4, Single},
    {"Skincare", "SKN-BDL", "Body Lotion Brightening 250 ml", 49000, 5, Scents},
    {"Skincare", "SKN-VTC", "Serum Vitamin C 20 ml", 79000, 5, Single},
    {"Skincare", "SKN-MCW", "Micellar Water 200 ml", 42000, 5, Single},
    {"Skincare", "SKN-CSH", "Cushion Matte SPF 35", 99000, 4, CushionShades},
    {"Makanan & Kopi", "MKN-KGY", "Kopi Arabika Gayo Biji Sangrai", 65000, 5, CoffeeWeights},
    {"Makanan & Kopi", "MKN-KTR", "Kopi Toraja Sapan Bubuk", 70000, 4, CoffeeWeights},
    {"Makanan & Kopi", "MKN-KSA", "Kopi Susu Gula Aren 1 Liter", 85000, 6, Single},
    {"Makanan & Kopi", "MKN-KPC", "Keripik Pisang Lumer 250 g", 28000, 6, SnackFlavours},
    {"Makanan & Kopi", "MKN-BSR", "Basreng Daun Jeruk 200 g", 22000, 7, SnackFlavours},
    {"Makanan & Kopi", "MKN-MKR", "Makaroni Bantet 250 g", 15000, 6, SnackFlavours},
    {"Makanan & Kopi", "MKN-SMB", "Sambal Bawang Botol 150 ml", 25000, 5, SambalKinds},
    {"Makanan & Kopi", "MKN-KRP", "Kerupuk Kulit Ikan 100 g", 18000, 4, Single},
    {"Makanan & Kopi", "MKN-TEH", "Teh Tarik Bubuk isi 10 Sachet", 32000, 3, Single},
    {"Makanan & Kopi", "MKN-GRN", "Granola Madu 500 g", 69000, 3, Single},
    {"Makanan & Kopi", "MKN-KRM", "Kurma Sukari 1 kg", 95000, 3, Single},
    {"Makanan & Kopi", "MKN-MDH", "Madu Hutan Sumbawa 500 ml", 110000, 2, Single},
    {"Aksesoris HP", "ACC-CSE", "Case Silikon Lembut", 35000, 7, PhoneModels},
    {"Aksesoris HP", "ACC-TGL", "Tempered Glass Full Cover", 20000, 6, PhoneModels},
    {"Aksesoris HP", "ACC-KBL", "Kabel Data USB-C Fast Charging", 29000, 6, CableLengths},
    {"Aksesoris HP", "ACC-KBI", "Kabel Data Lightning", 35000, 4, CableLengths},
    {"Aksesoris HP", "ACC-CHG", "Charger 20W USB-C PD", 89000, 5, Single},
    {"Aksesoris HP", "ACC-TWS", "TWS Earbuds Bluetooth 5.3", 179000, 4, BlackWhite},
    {"Aksesoris HP", "ACC-PWB", "Powerbank 10000 mAh", 149000, 4, BlackWhite},
    {"Aksesoris HP", "ACC-SMW", "Smartwatch Sport", 249000, 2, BlackWhite},
    {"Aksesoris HP", "ACC-HLD", "Holder HP Motor Anti Getar", 55000, 3, Single},
    {"Aksesoris HP", "ACC-RLT", "Ring Light 26 cm + Tripod", 119000, 2, Single},
    {"Rumah Tangga", "RMH-SPR", "Sprei Katun Jepang", 159000, 3, BedSizes},
    {"Rumah Tangga", "RMH-TPL", "Toples Kaca Tutup Kayu 1 L", 35000, 3, Single},
    {"Rumah Tangga", "RMH-RKB", "Rak Bumbu Dapur 2 Susun", 79000, 3, BlackWhite},
    {"Rumah Tangga", "RMH-LMP", "Lampu Tidur LED Sensor", 45000, 3, Single},
    {"Rumah Tangga", "RMH-KST", "Keset Kaki Microfiber", 25000, 4, HomeColours},
    {"Rumah Tangga", "RMH-TTS", "Tempat Tisu Kayu Jati Belanda", 49000, 2, Single},
    {"Rumah Tangga", "RMH-BTL", "Botol Minum Kaca 1 L", 39000, 3, BlackWhite},
    {"Rumah Tangga", "RMH-HDK", "Handuk Mandi Katun 70x140", 65000, 3, HomeColours},
    {"Rumah Tangga", "RMH-PSU", "Set Pisau Dapur 6 pcs", 129000, 2, Single},
    {"Rumah Tangga", "RMH-RKS", "Rak Sepatu 4 Susun", 99000, 2, Single},
    {"Rumah Tangga", "RMH-GRD", "Gorden Blackout Polos", 89000, 2, CurtainSizes},
};

} // namespace

std::span<const CatalogItem> catalog()
{
    return items;
}

std::span<const Variant> variantSet(int index)
{
    return variantSets[index];
}

static_assert(std::size(variantSets) == SambalKinds + 1, "every variant set id needs its list");

} // namespace rapi::demo
