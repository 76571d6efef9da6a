<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/rapi/main.cpp" line="+60"/>
        <source>Rapi cannot start</source>
        <translation>Rapi tidak dapat dimulai</translation>
    </message>
</context>
<context>
    <name>rapi::CsvReader</name>
    <message>
        <location filename="../core/importing/csvreader.cpp" line="+26"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Tidak dapat membaca “%1”: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” is not UTF-8 text. Save it as “CSV UTF-8” in your spreadsheet and try again.</source>
        <translation>“%1” bukan teks UTF-8. Simpan sebagai “CSV UTF-8” di aplikasi spreadsheet Anda, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>“%1” is empty: the first line must name the columns.</source>
        <translation>“%1” kosong: baris pertama harus berisi nama kolom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1 of “%2”: %3</source>
        <translation>Baris %1 dari “%2”: %3</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+68"/>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>ada isian bertanda kutip yang tidak ditutup (kurang satu tanda &quot;)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>the file is not UTF-8 text; save it as “CSV UTF-8” and try again</source>
        <translation>berkas bukan teks UTF-8; simpan sebagai “CSV UTF-8” lalu coba lagi</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation>ada teks tak terduga setelah tanda kutip penutup (tanda kutip di dalam isian bertanda kutip harus ditulis dua kali: &quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>rapi::CustomerRepository</name>
    <message>
        <location filename="../core/customers/customerrepository.cpp" line="+33"/>
        <location line="+58"/>
        <source>Customer %1 does not exist.</source>
        <translation>Pelanggan %1 tidak ada.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>A customer needs a name or a phone number.</source>
        <translation>Pelanggan harus memiliki nama atau nomor telepon.</translation>
    </message>
</context>
<context>
    <name>rapi::CustomerService</name>
    <message>
        <location filename="../core/customers/customerservice.cpp" line="+26"/>
        <source>Only the owner and CS staff can change customer data.</source>
        <translation>Hanya pemilik dan staf CS yang dapat mengubah data pelanggan.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A customer needs a name.</source>
        <translation>Pelanggan harus memiliki nama.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” bukan alamat e-mail.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was merged into another customer; edit that one.</source>
        <translation>%1 sudah digabungkan ke pelanggan lain; ubah data pelanggan tersebut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed %1 meanwhile. Nothing was saved; look at it again and retry.</source>
        <translation>Orang lain telah mengubah %1 sementara itu. Tidak ada yang disimpan; periksa kembali lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A note cannot be empty.</source>
        <translation>Catatan tidak boleh kosong.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A customer cannot be merged with itself.</source>
        <translation>Pelanggan tidak dapat digabungkan dengan dirinya sendiri.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was already merged into another customer.</source>
        <translation>%1 sudah digabungkan ke pelanggan lain.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Merged customer #%1 (%2, %3) into this record.</source>
        <translation>Pelanggan #%1 (%2, %3) digabungkan ke data ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no phone</source>
        <translation>tanpa telepon</translation>
    </message>
</context>
<context>
    <name>rapi::DashboardTab</name>
    <message>
        <location filename="../ui/dashboard/dashboardtab.cpp" line="+58"/>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Orders in</source>
        <translation>Pesanan masuk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders done</source>
        <translation>Pesanan selesai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross sales</source>
        <translation>Penjualan kotor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical stock</source>
        <translation>Stok kritis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the products to reorder</source>
        <translation>Tampilkan produk yang perlu dipesan ulang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders waiting now</source>
        <translation>Pesanan yang sedang menunggu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the orders in “%1”</source>
        <translation>Tampilkan pesanan di tahap “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gross sales by channel this week</source>
        <translation>Penjualan kotor per kanal minggu ini</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Week %1 · %2 – %3</source>
        <translation>Minggu ke-%1 · %2 – %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated %1</source>
        <translation>Diperbarui %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>placed since Monday</source>
        <translation>masuk sejak Senin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed since Monday</source>
        <translation>selesai sejak Senin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>average %1 per order</source>
        <translation>rata-rata %1 per pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no orders yet this week</source>
        <translation>belum ada pesanan minggu ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>products at or below their reorder point</source>
        <translation>produk pada atau di bawah titik pesan ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every product is above its reorder point</source>
        <translation>semua produk di atas titik pesan ulang</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 stuck</source>
        <translation>%1 tertahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none stuck</source>
        <translation>tidak ada yang tertahan</translation>
    </message>
</context>
<context>
    <name>rapi::Database</name>
    <message>
        <location filename="../core/db/database.cpp" line="+72"/>
        <source>Database error: %1</source>
        <translation>Kesalahan basis data: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Driver SQLite untuk Qt belum terpasang (paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>Driver PostgreSQL untuk Qt belum terpasang (paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot connect to the PostgreSQL server: %1</source>
        <translation>Tidak dapat terhubung ke server PostgreSQL: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is a folder, not a Rapi database file.</source>
        <translation>“%1” adalah folder, bukan berkas basis data Rapi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file “%1” does not exist.</source>
        <translation>Berkas basis data “%1” tidak ada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a Rapi database (it is not a SQLite file). Nothing was changed.</source>
        <translation>“%1” bukan basis data Rapi (bukan berkas SQLite). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database file “%1” is read-only. Rapi needs to write to it; check the file&apos;s permissions or copy it to a folder you can write to.</source>
        <translation>Berkas basis data “%1” hanya dapat dibaca. Rapi perlu menulis ke berkas ini; periksa izin berkas atau salin berkas ke folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create “%1”: the folder is not writable.</source>
        <translation>Tidak dapat membuat “%1”: folder tidak dapat ditulisi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is already open in another Rapi window (process %2 on %3). Switch to that window, or close it first.</source>
        <translation>“%1” sudah terbuka di jendela Rapi lain (proses %2 di %3). Beralihlah ke jendela tersebut, atau tutup jendela itu terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open “%1”: %2</source>
        <translation>Tidak dapat membuka “%1”: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” is not a Rapi database or is damaged: %2. Nothing was changed.</source>
        <translation>“%1” bukan basis data Rapi atau rusak: %2. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot prepare “%1”: %2</source>
        <translation>Tidak dapat menyiapkan “%1”: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+22"/>
        <source>“%1” is damaged and cannot be read: %2. Nothing was changed; restore a backup.</source>
        <translation>“%1” rusak dan tidak dapat dibaca: %2. Tidak ada yang diubah; pulihkan dari cadangan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” failed the integrity check (%2). Nothing was changed; restore a backup.</source>
        <translation>“%1” gagal dalam pemeriksaan integritas (%2). Tidak ada yang diubah; pulihkan dari cadangan.</translation>
    </message>
</context>
<context>
    <name>rapi::DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+161"/>
        <source>This database already holds products or orders. Demo data is only added to an empty database; nothing was changed.</source>
        <translation>Basis data ini sudah berisi produk atau pesanan. Data demo hanya ditambahkan ke basis data yang kosong; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The demo needs the sales channel “%1”, which this database lacks.</source>
        <translation>Demo memerlukan kanal penjualan “%1”, yang tidak ada di basis data ini.</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>The demo needs at least one product and one week, and no negative counts.</source>
        <translation>Demo memerlukan setidaknya satu produk dan satu minggu, serta tidak boleh ada jumlah negatif.</translation>
    </message>
</context>
<context>
    <name>rapi::Importer</name>
    <message>
        <location filename="../core/importing/importsupport.cpp" line="+35"/>
        <source>The file has no column %1. The first line must name the columns; needed: %2.</source>
        <translation>Berkas tidak memiliki kolom %1. Baris pertama harus berisi nama kolom; yang diperlukan: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The column %1 appears more than once in the first line.</source>
        <translation>Kolom %1 muncul lebih dari sekali di baris pertama.</translation>
    </message>
    <message>
        <location filename="../core/importing/ordercodes.cpp" line="+21"/>
        <source>is empty; use one of: %1</source>
        <translation>kosong; gunakan salah satu dari: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown channel “%1”; use one of: %2</source>
        <translation>kanal “%1” tidak dikenal; gunakan salah satu dari: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown status “%1”; use one of: %2</source>
        <translation>status “%1” tidak dikenal; gunakan salah satu dari: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown payment method “%1”; use one of: transfer, cod, marketplace, cash</source>
        <translation>metode pembayaran “%1” tidak dikenal; gunakan salah satu dari: transfer, cod, marketplace, cash</translation>
    </message>
    <message>
        <location filename="../core/importing/orderhistory.cpp" line="+27"/>
        <source>a cash-on-delivery order is paid on delivery, so it cannot be “%1”; use processing or a later stage, or another payment_method</source>
        <translation>pesanan bayar di tempat (COD) dibayar saat barang diterima, jadi tidak boleh berstatus “%1”; gunakan processing atau tahap sesudahnya, atau payment_method lain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is filled in, but the status “%1” is before payment</source>
        <translation>terisi, tetapi status “%1” masih sebelum pembayaran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is filled in, but the status “%1” is not shipped, completed or returned</source>
        <translation>terisi, tetapi status “%1” bukan shipped, completed, atau returned</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is filled in, but the status “%1” is not completed or returned</source>
        <translation>terisi, tetapi status “%1” bukan completed atau returned</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is before %1</source>
        <translation>lebih awal dari %1</translation>
    </message>
    <message>
        <location filename="../core/importing/orderimporter.cpp" line="+278"/>
        <location filename="../core/importing/productimporter.cpp" line="+92"/>
        <source>the row has %1 fields, but the first line names %2 columns (is a delimiter or a quote missing?)</source>
        <translation>baris ini memiliki %1 isian, tetapi baris pertama menyebut %2 kolom (apakah ada pemisah atau tanda kutip yang hilang?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+86"/>
        <location line="+94"/>
        <location line="+12"/>
        <location filename="../core/importing/productimporter.cpp" line="+14"/>
        <location line="+21"/>
        <location line="+8"/>
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>order %1 is also on row %2 with different order columns; every line of an order must repeat the same order columns</source>
        <translation>pesanan %1 juga ada di baris %2 dengan kolom pesanan yang berbeda; setiap baris dari satu pesanan harus mengulang kolom pesanan yang sama</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“%1” is not a date and time like 2026-11-20 14:05 or 2026-11-20T14:05:00+07:00</source>
        <translation>“%1” bukan tanggal dan waktu seperti 2026-11-20 14:05 atau 2026-11-20T14:05:00+07:00</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+67"/>
        <location line="+9"/>
        <location filename="../core/importing/productimporter.cpp" line="+7"/>
        <source>cannot be negative</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+2"/>
        <source>is empty; a shipped order needs a courier and a tracking number</source>
        <translation>kosong; pesanan yang dikirim memerlukan kurir dan nomor resi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is “%1” here but “%2” on row %3 of the same order; every line of an order must repeat the same order columns</source>
        <translation>bernilai “%1” di sini, tetapi “%2” di baris %3 pada pesanan yang sama; setiap baris dari satu pesanan harus mengulang kolom pesanan yang sama</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown SKU “%1”; import it with the products first</source>
        <translation>SKU “%1” tidak dikenal; impor produknya terlebih dahulu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a whole number of 1 or more</source>
        <translation>“%1” bukan bilangan bulat 1 atau lebih</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>quantity × unit price is too large</source>
        <translation>jumlah × harga satuan terlalu besar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is more than the line is worth (%1 × %2)</source>
        <translation>lebih besar daripada nilai baris (%1 × %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate line: %1 is already on row %2 of order %3; put the whole quantity on one line</source>
        <translation>item ganda: %1 sudah ada di baris %2 pada pesanan %3; tuliskan seluruh jumlahnya dalam satu baris</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not enough stock of %1 for order %2 (%3): %4 available (on hand %5, reserved %6), %7 needed</source>
        <translation>stok %1 tidak cukup untuk pesanan %2 (%3): %4 tersedia (stok fisik %5, dipesan %6), diperlukan %7</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Imported from CSV</source>
        <translation>Diimpor dari CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 shipped (imported)</source>
        <translation>Pesanan %1 dikirim (diimpor)</translation>
    </message>
    <message>
        <location filename="../core/importing/productimporter.cpp" line="-32"/>
        <source>%1 is also on row %2; each product may appear only once</source>
        <translation>%1 juga ada di baris %2; setiap produk hanya boleh muncul sekali</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” is not a whole number of 0 or more</source>
        <translation>“%1” bukan bilangan bulat 0 atau lebih</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not 1 (active) or 0 (inactive)</source>
        <translation>“%1” bukan 1 (aktif) atau 0 (nonaktif)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CSV import</source>
        <translation>Impor CSV</translation>
    </message>
</context>
<context>
    <name>rapi::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+30"/>
        <source>%1 — Rapi</source>
        <translation>%1 — Rapi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in as %1</source>
        <translation>Masuk sebagai %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unsaved database</source>
        <translation>Basis data belum disimpan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Orders</source>
        <translation>&amp;Pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New order…</source>
        <translation>Pesanan &amp;baru…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tock</source>
        <translation>&amp;Stok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reorder list…</source>
        <translation>&amp;Daftar pesan ulang…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stocktake…</source>
        <translation>Stok &amp;opname…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rapi</source>
        <translation>&amp;Tentang Rapi</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>About Rapi</source>
        <translation>Tentang Rapi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Rapi %1&lt;/b&gt;&lt;p&gt;The back office for online shops: orders, stock and the week&apos;s figures in one tidy place.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Rapi %1&lt;/b&gt;&lt;p&gt;Back office untuk toko online: pesanan, stok, dan angka mingguan dalam satu tempat yang rapi.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rapi::MessageBanner</name>
    <message>
        <location filename="../ui/common/messagebanner.cpp" line="+19"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Tutup pesan</translation>
    </message>
</context>
<context>
    <name>rapi::Migrator</name>
    <message>
        <location filename="../core/db/migrator.cpp" line="+122"/>
        <source>The database&apos;s schema version cannot be read.</source>
        <translation>Versi skema basis data tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a Rapi database (it holds another program&apos;s tables). Nothing was changed.</source>
        <translation>“%1” bukan basis data Rapi (berisi tabel milik program lain). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database was written by a newer Rapi (schema version %1; this Rapi knows up to %2). Update Rapi to open it. Nothing was changed.</source>
        <translation>Basis data ini ditulis oleh Rapi versi yang lebih baru (versi skema %1; Rapi ini hanya mengenal hingga %2). Perbarui Rapi untuk membukanya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migrasi %1 tidak ada dalam build ini.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Upgrading the database to version %1 failed; nothing was changed. %2</source>
        <translation>Peningkatan basis data ke versi %1 gagal; tidak ada yang diubah. %2</translation>
    </message>
</context>
<context>
    <name>rapi::MovementKind</name>
    <message>
        <location filename="../core/stock/product.cpp" line="+32"/>
        <source>Opening stock</source>
        <translation>Stok awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjustment</source>
        <translation>Penyesuaian</translation>
    </message>
</context>
<context>
    <name>rapi::NewOrderDialog</name>
    <message>
        <location filename="../ui/orders/neworderdialog.cpp" line="+54"/>
        <source>New order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Create order</source>
        <translation>Buat pesanan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer and payment</source>
        <translation>Pelanggan dan pembayaran</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>e.g. Siti Rahayu</source>
        <translation>mis. Siti Rahayu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 0812 3456 7890</source>
        <translation>mis. 0812 3456 7890</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a SKU or product name</source>
        <translation>Ketik SKU atau nama produk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A discount for the whole line, not per piece</source>
        <translation>Diskon untuk seluruh baris, bukan per buah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discount</source>
        <translation>Diskon baris</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping fee</source>
        <translation>Ongkos kirim</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 · %2 · %3 available</source>
        <translation>%1 · %2 · %3 tersedia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not enough in stock yet; the order can be taken but not processed until stock arrives.</source>
        <translation>— stok belum cukup; pesanan dapat diterima, tetapi belum dapat diproses sampai stok datang.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a SKU or product name, then choose the product.</source>
        <translation>Ketik SKU atau nama produk, lalu pilih produknya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No single product matches “%1”. Choose one from the list.</source>
        <translation>Tidak ada satu produk yang cocok dengan “%1”. Pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <source>The discount is larger than the line amount.</source>
        <translation>Diskon lebih besar daripada nilai baris.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Remove this line</source>
        <translation>Hapus baris ini</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Add at least one product.</source>
        <translation>Tambahkan setidaknya satu produk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the customer&apos;s name for this phone number.</source>
        <translation>Masukkan nama pelanggan untuk nomor telepon ini.</translation>
    </message>
</context>
<context>
    <name>rapi::OrderDetailPanel</name>
    <message>
        <location filename="../ui/orders/orderdetailpanel.cpp" line="+65"/>
        <source>Select an order to see its details.</source>
        <translation>Pilih pesanan untuk melihat detailnya.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping fee</source>
        <translation>Ongkos kirim</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Took</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+215"/>
        <source>This order is finished; it has no further steps.</source>
        <translation>Pesanan ini sudah selesai; tidak ada langkah lanjutan.</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Placed %1 · %2</source>
        <translation>Masuk %1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ Stuck: in “%1” for %2 (limit %3)</source>
        <translation>⚠ Tertahan: di “%1” selama %2 (batas %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk-in customer</source>
        <translation>Pelanggan langsung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · paid %2</source>
        <translation>%1 · dibayar %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · tracking %2</source>
        <translation>%1 · resi %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · shipped %2</source>
        <translation>%1 · dikirim %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created as %1</source>
        <translation>Dibuat sebagai %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Awaiting payment</source>
        <translation>Menunggu pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark paid</source>
        <translation>Tandai dibayar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start processing</source>
        <translation>Mulai proses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship…</source>
        <translation>Kirim…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel order…</source>
        <translation>Batalkan pesanan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return…</source>
        <translation>Retur…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Move this order to “%1”</source>
        <translation>Pindahkan pesanan ini ke “%1”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This order is done. A return can still be recorded (button above).</source>
        <translation>Pesanan ini sudah selesai. Retur masih dapat dicatat (tombol di atas).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order %1 is now “%2”.</source>
        <translation>Pesanan %1 sekarang “%2”.</translation>
    </message>
</context>
<context>
    <name>rapi::OrderListModel</name>
    <message>
        <location filename="../ui/orders/orderlistmodel.cpp" line="+43"/>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Stuck: in “%1” for %2 (limit %3)</source>
        <translation>Tertahan: di “%1” selama %2 (batas %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stuck: in “%1” for %2</source>
        <translation>Tertahan: di “%1” selama %2</translation>
    </message>
</context>
<context>
    <name>rapi::OrderRepository</name>
    <message>
        <location filename="../core/orders/orderrepository.cpp" line="+127"/>
        <source>Order %1 does not exist.</source>
        <translation>Pesanan %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>There is no order %1.</source>
        <translation>Tidak ada pesanan %1.</translation>
    </message>
</context>
<context>
    <name>rapi::OrderService</name>
    <message>
        <location filename="../core/orders/orderservice.cpp" line="+38"/>
        <source>Order %1 does not exist.</source>
        <translation>Pesanan %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No free order number could be found.</source>
        <translation>Tidak ditemukan nomor pesanan yang masih kosong.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>none (the order is finished)</source>
        <translation>tidak ada (pesanan sudah selesai)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An order needs at least one line.</source>
        <translation>Pesanan harus memiliki setidaknya satu baris.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shipping fee cannot be negative.</source>
        <translation>Ongkos kirim tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every line needs a quantity of at least 1.</source>
        <translation>Setiap baris harus memiliki jumlah minimal 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prices and discounts cannot be negative.</source>
        <translation>Harga dan diskon tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the channel the order came from.</source>
        <translation>Pilih kanal asal pesanan.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Product %1 does not exist.</source>
        <translation>Produk %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is no longer sold (inactive).</source>
        <translation>%1 sudah tidak dijual lagi (nonaktif).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The discount on %1 is more than the line is worth.</source>
        <translation>Diskon pada %1 lebih besar daripada nilai barisnya.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Someone else changed order %1 meanwhile (it is now %2). Nothing was changed; look at it again and retry.</source>
        <translation>Orang lain telah mengubah pesanan %1 sementara itu (sekarang %2). Tidak ada yang diubah; periksa kembali lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 cannot go from “%2” to “%3”. Possible next steps: %4.</source>
        <translation>Pesanan %1 tidak dapat berpindah dari “%2” ke “%3”. Langkah berikutnya yang mungkin: %4.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>To mark order %1 as shipped, enter the courier and the tracking number.</source>
        <translation>Untuk menandai pesanan %1 sebagai dikirim, masukkan kurir dan nomor resi.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Someone else changed order %1 meanwhile. Nothing was changed; look at it again and retry.</source>
        <translation>Orang lain telah mengubah pesanan %1 sementara itu. Tidak ada yang diubah; periksa kembali lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Someone else changed this order meanwhile. Nothing was saved; look at it again and retry.</source>
        <translation>Orang lain telah mengubah pesanan ini sementara itu. Tidak ada yang disimpan; periksa kembali lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>rapi::OrderStage</name>
    <message>
        <location filename="../core/orders/orderstage.cpp" line="+36"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting payment</source>
        <translation>Menunggu pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>Diproses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
</context>
<context>
    <name>rapi::OrderStock</name>
    <message>
        <location filename="../core/demo/demowriter.cpp" line="+129"/>
        <location filename="../core/orders/orderstock.cpp" line="+94"/>
        <source>Order %1 shipped</source>
        <translation>Pesanan %1 dikirim</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/orders/orderstock.cpp" line="+23"/>
        <source>Order %1 returned</source>
        <translation>Pesanan %1 diretur</translation>
    </message>
    <message>
        <location filename="../core/orders/orderstock.cpp" line="-71"/>
        <source>%1 (needs %2, available %3)</source>
        <translation>%1 (perlu %2, tersedia %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough stock to process order %1: %2. Receive stock or change the order first.</source>
        <translation>Stok tidak cukup untuk memproses pesanan %1: %2. Terima barang atau ubah pesanan terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not enough stock to process order %1: %2 was just taken by another order.</source>
        <translation>Stok tidak cukup untuk memproses pesanan %1: %2 baru saja diambil oleh pesanan lain.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (needs %2, on hand %3)</source>
        <translation>%1 (perlu %2, stok fisik %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 cannot be shipped, the stock says the goods are not there: %2. Check the stock (stocktake) first.</source>
        <translation>Pesanan %1 tidak dapat dikirim karena menurut data stok barangnya tidak ada: %2. Periksa stok (stok opname) terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>rapi::OrdersTab</name>
    <message>
        <location filename="../ui/orders/orderstab.cpp" line="+86"/>
        <source>Search order number, customer or phone</source>
        <translation>Cari nomor pesanan, pelanggan, atau telepon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All channels</source>
        <translation>Semua kanal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stuck only</source>
        <translation>Hanya yang tertahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only orders waiting longer than their stage&apos;s limit</source>
        <translation>Hanya pesanan yang menunggu lebih lama daripada batas tahapnya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again (F5)</source>
        <translation>Muat ulang daftar (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order…</source>
        <translation>Pesanan baru…</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pesanan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::PaymentMethod</name>
    <message>
        <location filename="../core/orders/orderstage.cpp" line="+62"/>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash on delivery (COD)</source>
        <translation>Bayar di tempat (COD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
</context>
<context>
    <name>rapi::ProductRepository</name>
    <message>
        <location filename="../core/demo/demowriter.cpp" line="+32"/>
        <location filename="../core/stock/productrepository.cpp" line="+146"/>
        <source>Opening stock</source>
        <translation>Stok awal</translation>
    </message>
    <message>
        <location filename="../core/stock/productrepository.cpp" line="-103"/>
        <source>A product needs a SKU.</source>
        <translation>Produk harus memiliki SKU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product needs a name.</source>
        <translation>Produk harus memiliki nama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price and cost cannot be negative.</source>
        <translation>Harga jual dan harga pokok tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reorder point and reorder quantity cannot be negative.</source>
        <translation>Titik pesan ulang dan jumlah pesan ulang tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Product %1 does not exist.</source>
        <translation>Produk %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no product with SKU %1.</source>
        <translation>Tidak ada produk dengan SKU %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Opening stock cannot be negative.</source>
        <translation>Stok awal tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A product with SKU %1 already exists.</source>
        <translation>Produk dengan SKU %1 sudah ada.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Someone else changed product %1 meanwhile. Nothing was saved; reload it and try again.</source>
        <translation>Orang lain telah mengubah produk %1 sementara itu. Tidak ada yang disimpan; muat ulang lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>rapi::ProductTableModel</name>
    <message>
        <location filename="../ui/stock/producttablemodel.cpp" line="+58"/>
        <source>On hand minus what is reserved for orders in processing</source>
        <translation>Stok fisik dikurangi yang dipesan untuk pesanan yang sedang diproses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>Stok fisik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reorder at</source>
        <translation>Titik pesan ulang</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (inactive)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Critical: %1 available, reorder at %2</source>
        <translation>Kritis: %1 tersedia, titik pesan ulang %2</translation>
    </message>
</context>
<context>
    <name>rapi::ReorderDialog</name>
    <message>
        <location filename="../ui/stock/reorderdialog.cpp" line="+24"/>
        <source>Reorder list</source>
        <translation>Daftar pesan ulang</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reorder at</source>
        <translation>Titik pesan ulang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested</source>
        <translation>Saran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy list</source>
        <translation>Salin daftar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing to reorder: every product is above its reorder point.</source>
        <translation>Tidak ada yang perlu dipesan ulang: semua produk di atas titik pesan ulang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 products at or below their reorder point. Buying the suggested quantities costs about %2.</source>
        <translation>%1 produk pada atau di bawah titik pesan ulang. Membeli jumlah yang disarankan memerlukan biaya sekitar %2.</translation>
    </message>
</context>
<context>
    <name>rapi::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+26"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language is used the next time Rapi starts.</source>
        <translation>Bahasa baru digunakan saat Rapi dijalankan berikutnya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When an order counts as stuck</source>
        <translation>Kapan pesanan dianggap tertahan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stuck after</source>
        <translation>Tertahan setelah</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stuck orders are flagged in amber in the orders list and counted on the dashboard.</source>
        <translation>Pesanan yang tertahan ditandai kuning di daftar pesanan dan dihitung di dasbor.</translation>
    </message>
</context>
<context>
    <name>rapi::SlaSettings</name>
    <message>
        <location filename="../core/sla/slasettings.cpp" line="+101"/>
        <source>There is no SLA target for priority “%1”.</source>
        <translation>Tidak ada target SLA untuk prioritas “%1”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SLA targets must be at least one minute.</source>
        <translation>Target SLA minimal satu menit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first-response target cannot be longer than the resolution target.</source>
        <translation>Target respons pertama tidak boleh lebih lama daripada target penyelesaian.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no weekday %1.</source>
        <translation>Tidak ada hari %1 dalam seminggu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours must start before they end, within one day.</source>
        <translation>Jam kerja harus dimulai sebelum berakhir, dalam hari yang sama.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the date of the holiday.</source>
        <translation>Pilih tanggal hari libur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the holiday a name.</source>
        <translation>Beri nama hari libur.</translation>
    </message>
</context>
<context>
    <name>rapi::SopRepository</name>
    <message>
        <location filename="../core/templates/soprepository.cpp" line="+43"/>
        <source>An SOP needs a goal, steps and a done standard.</source>
        <translation>SOP harus memiliki tujuan, langkah-langkah, dan standar selesai.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+137"/>
        <source>SOP %1 does not exist.</source>
        <translation>SOP %1 tidak ada.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Choose the ticket category the SOP is for.</source>
        <translation>Pilih kategori tiket untuk SOP ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the SOP a title.</source>
        <translation>Beri judul SOP.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 saved version %2 of “%3” meanwhile. Nothing was saved; look at it again and retry.</source>
        <translation>%1 telah menyimpan versi %2 dari “%3” sementara itu. Tidak ada yang disimpan; periksa kembali lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>SOP %1 has no version %2.</source>
        <translation>SOP %1 tidak memiliki versi %2.</translation>
    </message>
</context>
<context>
    <name>rapi::StockChangeDialog</name>
    <message>
        <location filename="../ui/stock/stockchangedialog.cpp" line="+28"/>
        <source>Receive stock</source>
        <translation>Terima barang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjust stock</source>
        <translation>Sesuaikan stok</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goods that arrived, e.g. a delivery from the supplier.</source>
        <translation>Barang yang datang, mis. kiriman dari pemasok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A correction: use a negative number for broken or lost items and a positive one for items found.</source>
        <translation>Koreksi: gunakan angka negatif untuk barang rusak atau hilang, dan angka positif untuk barang yang ditemukan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. Delivery from supplier, invoice 1234 (optional)</source>
        <translation>mis. Kiriman dari pemasok, faktur 1234 (opsional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Broken in the warehouse (required)</source>
        <translation>mis. Rusak di gudang (wajib)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity received</source>
        <translation>Jumlah diterima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change (+/−)</source>
        <translation>Perubahan (+/−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>Stok fisik</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receive</source>
        <translation>Terima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjust</source>
        <translation>Sesuaikan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter how many items to add or remove.</source>
        <translation>Masukkan jumlah barang yang ditambah atau dikurangi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a reason for the correction.</source>
        <translation>Masukkan alasan koreksi.</translation>
    </message>
</context>
<context>
    <name>rapi::StockLedger</name>
    <message>
        <location filename="../core/stock/stockledger.cpp" line="+28"/>
        <location line="+39"/>
        <location line="+31"/>
        <source>Product %1 does not exist.</source>
        <translation>Produk %1 tidak ada.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>The received quantity must be more than zero.</source>
        <translation>Jumlah yang diterima harus lebih dari nol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goods received</source>
        <translation>Barang diterima</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An adjustment must change the stock (the quantity is zero).</source>
        <translation>Penyesuaian harus mengubah stok (jumlahnya nol).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An adjustment needs a reason (for example: broken, lost, found in stocktake).</source>
        <translation>Penyesuaian memerlukan alasan (misalnya: rusak, hilang, ditemukan saat stok opname).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has %2 on hand; removing %3 would make it negative.</source>
        <translation>%1 memiliki stok fisik %2; mengurangi %3 akan membuatnya negatif.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A counted quantity cannot be negative.</source>
        <translation>Jumlah hasil hitung tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stocktake</source>
        <translation>Stok opname</translation>
    </message>
</context>
<context>
    <name>rapi::StockTab</name>
    <message>
        <location filename="../ui/stock/stocktab.cpp" line="+102"/>
        <source>Search SKU or product name</source>
        <translation>Cari SKU atau nama produk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Critical only</source>
        <translation>Hanya kritis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active products whose available stock is at or below the reorder point</source>
        <translation>Produk aktif yang stok tersedianya pada atau di bawah titik pesan ulang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reorder list…</source>
        <translation>Daftar pesan ulang…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stocktake…</source>
        <translation>Stok opname…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a product to see its stock and movements.</source>
        <translation>Pilih produk untuk melihat stok dan mutasinya.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>On hand</source>
        <translation>Stok fisik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder at</source>
        <translation>Titik pesan ulang</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receive…</source>
        <translation>Terima…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjust…</source>
        <translation>Sesuaikan…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Movements</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 products · %2 critical</source>
        <translation>%1 produk · %2 kritis</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (inactive)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>price %1</source>
        <translation>harga %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Critical stock: reorder soon (suggested order quantity %1).</source>
        <translation>Stok kritis: segera pesan ulang (jumlah pesan ulang yang disarankan %1).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stock received for %1.</source>
        <translation>Penerimaan barang untuk %1 telah dicatat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stock of %1 corrected.</source>
        <translation>Stok %1 telah dikoreksi.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Stocktake recorded: %Ln product(s) adjusted.</source>
        <translation>
            <numerusform>Stok opname dicatat: %Ln produk disesuaikan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::StocktakeDialog</name>
    <message>
        <location filename="../ui/stock/stocktakedialog.cpp" line="+49"/>
        <source>Stocktake (stock opname)</source>
        <translation>Stok opname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the quantity you counted for each product. Products left blank are not changed. Differences are recorded as adjustments.</source>
        <translation>Ketik jumlah hasil hitung untuk setiap produk. Produk yang dibiarkan kosong tidak diubah. Selisih dicatat sebagai penyesuaian.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find by SKU or name</source>
        <translation>Cari berdasarkan SKU atau nama</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stock opname %1</source>
        <translation>Stok opname %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record stocktake</source>
        <translation>Catat stok opname</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 counted · %2 with a difference</source>
        <translation>%1 dihitung · %2 ada selisih</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter at least one counted quantity.</source>
        <translation>Masukkan setidaknya satu jumlah hasil hitung.</translation>
    </message>
</context>
<context>
    <name>rapi::StocktakeModel</name>
    <message>
        <location filename="../ui/stock/stocktakemodel.cpp" line="+51"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Rapi</source>
        <translation>Di Rapi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
</context>
<context>
    <name>rapi::TemplateKind</name>
    <message>
        <location filename="../core/templates/templaterepository.cpp" line="+80"/>
        <source>CS reply</source>
        <translation>Balasan CS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment reminder</source>
        <translation>Pengingat pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order status message</source>
        <translation>Pesan status pesanan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <translation>Faktur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping checklist</source>
        <translation>Daftar periksa pengiriman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly report</source>
        <translation>Laporan mingguan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content brief</source>
        <translation>Brief konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Design revision</source>
        <translation>Revisi desain</translation>
    </message>
</context>
<context>
    <name>rapi::TemplateRenderer</name>
    <message>
        <location filename="../core/templates/templaterenderer.cpp" line="+47"/>
        <source>Customer&apos;s name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s phone number</source>
        <translation>Nomor telepon pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s e-mail address</source>
        <translation>Alamat e-mail pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s address</source>
        <translation>Alamat pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Nomor pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the order was placed</source>
        <translation>Tanggal pesanan dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order lines, one per line</source>
        <translation>Item pesanan, satu per baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order lines total, without shipping</source>
        <translation>Total item pesanan, tanpa ongkos kirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping fee</source>
        <translation>Ongkos kirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order total with shipping</source>
        <translation>Total pesanan termasuk ongkos kirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order status</source>
        <translation>Status pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Nomor resi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number</source>
        <translation>Nomor tiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket subject</source>
        <translation>Subjek tiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the person sending</source>
        <translation>Nama pengirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account for transfers</source>
        <translation>Rekening bank untuk transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s date</source>
        <translation>Tanggal hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s week, e.g. 2026-W48</source>
        <translation>Minggu laporan, mis. 2026-W48</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures of the weekly report</source>
        <translation>Angka utama laporan mingguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task title</source>
        <translation>Judul tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task due date</source>
        <translation>Tenggat tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor or freelancer name</source>
        <translation>Nama vendor atau freelancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the brief or revision</source>
        <translation>Detail brief atau revisi</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+20"/>
        <source>Unknown placeholders: %1.</source>
        <translation>Placeholder tidak dikenal: %1.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+22"/>
        <source>A placeholder is not closed: every “{{” needs its “}}”.</source>
        <translation>Ada placeholder yang belum ditutup: setiap “{{” memerlukan “}}”.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No value for: %1.</source>
        <translation>Tidak ada nilai untuk: %1.</translation>
    </message>
</context>
<context>
    <name>rapi::TemplateRepository</name>
    <message>
        <location filename="../core/templates/templaterepository.cpp" line="+32"/>
        <location line="+121"/>
        <location line="+14"/>
        <source>Template %1 does not exist.</source>
        <translation>Templat %1 tidak ada.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Template version %1 does not exist.</source>
        <translation>Versi templat %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+71"/>
        <source>Give the template a name.</source>
        <translation>Beri nama templat.</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+23"/>
        <source>A template needs some text.</source>
        <translation>Templat harus berisi teks.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 saved version %2 of “%3” meanwhile. Nothing was saved; look at it again and retry.</source>
        <translation>%1 telah menyimpan versi %2 dari “%3” sementara itu. Tidak ada yang disimpan; periksa kembali lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>That version belongs to another template.</source>
        <translation>Versi tersebut milik templat lain.</translation>
    </message>
</context>
<context>
    <name>rapi::TicketPriority</name>
    <message>
        <location filename="../core/tickets/ticketenums.cpp" line="+92"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
</context>
<context>
    <name>rapi::TicketRepository</name>
    <message>
        <location filename="../core/tickets/ticketrepository.cpp" line="+105"/>
        <source>Ticket %1 does not exist.</source>
        <translation>Tiket %1 tidak ada.</translation>
    </message>
</context>
<context>
    <name>rapi::TicketService</name>
    <message>
        <location filename="../core/tickets/ticketservice.cpp" line="+40"/>
        <location line="+409"/>
        <source>Ticket %1 does not exist.</source>
        <translation>Tiket %1 tidak ada.</translation>
    </message>
    <message>
        <location line="-371"/>
        <location line="+241"/>
        <source>Someone else changed ticket %1 meanwhile. Nothing was changed; look at it again and retry.</source>
        <translation>Orang lain telah mengubah tiket %1 sementara itu. Tidak ada yang diubah; periksa kembali lalu coba lagi.</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Tickets can only be assigned to an active user.</source>
        <translation>Tiket hanya dapat ditugaskan ke pengguna yang aktif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets can only be assigned to the owner or CS staff.</source>
        <translation>Tiket hanya dapat ditugaskan ke pemilik atau staf CS.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only the owner and CS staff can work on tickets.</source>
        <translation>Hanya pemilik dan staf CS yang dapat menangani tiket.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the customer the ticket is about.</source>
        <translation>Pilih pelanggan yang terkait dengan tiket ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer was merged into another one; open the ticket there.</source>
        <translation>Pelanggan ini sudah digabungkan ke pelanggan lain; buka tiketnya di sana.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1 does not exist.</source>
        <translation>Pesanan %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the channel the customer wrote on.</source>
        <translation>Pilih kanal yang digunakan pelanggan untuk menghubungi.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>A message cannot be empty.</source>
        <translation>Pesan tidak boleh kosong.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ticket %1 is %2. Reopen it before logging messages.</source>
        <translation>Tiket %1 berstatus %2. Buka kembali tiket sebelum mencatat pesan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The customer answered.</source>
        <translation>Pelanggan sudah menjawab.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The template version %1 does not exist.</source>
        <translation>Versi templat %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ticket %1 cannot go from “%2” to “%3”.</source>
        <translation>Tiket %1 tidak dapat berpindah dari “%2” ke “%3”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the ticket is escalated.</source>
        <translation>Sebutkan alasan tiket dieskalasi.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Handle time must be between 1 second and 24 hours.</source>
        <translation>Waktu penanganan harus antara 1 detik dan 24 jam.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>CSAT is a score from 1 to 5.</source>
        <translation>CSAT adalah skor dari 1 sampai 5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSAT is asked once ticket %1 is resolved.</source>
        <translation>CSAT ditanyakan setelah tiket %1 terselesaikan.</translation>
    </message>
</context>
<context>
    <name>rapi::TicketStatus</name>
    <message>
        <location filename="../core/tickets/ticketenums.cpp" line="+35"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting on customer</source>
        <translation>Menunggu pelanggan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated</source>
        <translation>Dieskalasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Terselesaikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
</context>
<context>
    <name>rapi::Touchpoint</name>
    <message>
        <location line="-92"/>
        <source>Pre-purchase</source>
        <translation>Sebelum pembelian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After sales</source>
        <translation>Purnajual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product use</source>
        <translation>Penggunaan produk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>rapi::TransitionDialog</name>
    <message>
        <location filename="../ui/orders/transitiondialog.cpp" line="+40"/>
        <source>Ship order %1</source>
        <translation>Kirim pesanan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the courier and the tracking number from the shipping label. The reserved stock leaves the warehouse.</source>
        <translation>Masukkan kurir dan nomor resi dari label pengiriman. Stok yang dipesan akan keluar dari gudang.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. JP1234567890</source>
        <translation>mis. JP1234567890</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Nomor resi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+6"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Mark shipped</source>
        <translation>Tandai dikirim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel order %1</source>
        <translation>Batalkan pesanan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1 for %2? Any stock reserved for it becomes available again. This cannot be undone.</source>
        <translation>Batalkan pesanan %1 untuk %2? Stok yang dipesan untuk pesanan ini akan tersedia kembali. Tindakan ini tidak dapat diurungkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a walk-in customer</source>
        <translation>pelanggan langsung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is it cancelled? (optional)</source>
        <translation>Mengapa dibatalkan? (opsional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order</source>
        <translation>Batalkan pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep order</source>
        <translation>Pertahankan pesanan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return order %1</source>
        <translation>Retur pesanan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that the goods of order %1 came back. Can they be sold again?</source>
        <translation>Catat bahwa barang dari pesanan %1 sudah kembali. Apakah barangnya dapat dijual lagi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, put the items back into stock</source>
        <translation>Ya, kembalikan barang ke stok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, they cannot be sold again</source>
        <translation>Tidak, barang tidak dapat dijual lagi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened? (optional)</source>
        <translation>Apa yang terjadi? (opsional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record return</source>
        <translation>Catat retur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move order %1</source>
        <translation>Pindahkan pesanan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move order %1 to “%2”?</source>
        <translation>Pindahkan pesanan %1 ke “%2”?</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter the courier.</source>
        <translation>Masukkan kurir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the tracking number.</source>
        <translation>Masukkan nomor resi.</translation>
    </message>
</context>
<context>
    <name>rapi::WriteTransaction</name>
    <message>
        <location filename="../core/db/writetransaction.cpp" line="+23"/>
        <source>The database is busy (another Rapi is saving). Nothing was changed; try again.</source>
        <translation>Basis data sedang sibuk (Rapi lain sedang menyimpan). Tidak ada yang diubah; coba lagi.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The change could not be completed; nothing was saved.</source>
        <translation>Perubahan tidak dapat diselesaikan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving failed (%1); nothing was saved. If the disk is full, free some space and try again.</source>
        <translation>Penyimpanan gagal (%1); tidak ada yang disimpan. Jika disk penuh, kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>rapi::cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="+34"/>
        <location filename="../app/cli/main.cpp" line="+62"/>
        <source>Run “rapi-cli --help” for the commands.</source>
        <translation>Jalankan “rapi-cli --help” untuk melihat daftar perintah.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Import what? Use “import products FILE.csv” or “import orders FILE.csv”.</source>
        <translation>Impor apa? Gunakan “import products BERKAS.csv” atau “import orders BERKAS.csv”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--apply-stock goes with “import orders” only.</source>
        <translation>--apply-stock hanya dapat digunakan dengan “import orders”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” does not exist.</source>
        <translation>Berkas “%1” tidak ada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>row %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1, column %2: %3</source>
        <translation>baris %1, kolom %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more issue(s).</source>
        <translation>
            <numerusform>… dan %n masalah lainnya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 rows read; %3 created, %4 updated, %5 unchanged.</source>
        <translation>%1: %2 baris dibaca; %3 dibuat, %4 diperbarui, %5 tidak berubah.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Nothing was imported: the file has %n issue(s). Fix them and import the whole file again.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: berkas memiliki %n masalah. Perbaiki lalu impor ulang seluruh berkas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run: the file is fine; nothing was written.</source>
        <translation>Uji coba: berkas sudah benar; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kpi needs --from YYYY-MM-DD and --to YYYY-MM-DD.</source>
        <translation>kpi memerlukan --from YYYY-MM-DD dan --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from “%1” is not a date like 2026-11-16.</source>
        <translation>--from “%1” bukan tanggal seperti 2026-11-16.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to “%1” is not a date like 2026-11-23.</source>
        <translation>--to “%1” bukan tanggal seperti 2026-11-23.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to must be after --from (--to is the first day not counted).</source>
        <translation>--to harus setelah --from (--to adalah hari pertama yang tidak dihitung).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Period: %1 to %2 (exclusive)</source>
        <translation>Periode: %1 sampai %2 (tanggal akhir tidak dihitung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders in: %1</source>
        <translation>Pesanan masuk: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders done: %1</source>
        <translation>Pesanan selesai: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross sales: %1</source>
        <translation>Penjualan kotor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending by stage (stuck):</source>
        <translation>Menunggu per tahap (tertahan):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Critical stock: %1</source>
        <translation>Stok kritis: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>demo needs --orders N.</source>
        <translation>demo memerlukan --orders N.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--orders “%1” is not a whole number of 0 or more.</source>
        <translation>--orders “%1” bukan bilangan bulat 0 atau lebih.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed “%1” is not a whole number.</source>
        <translation>--seed “%1” bukan bilangan bulat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo shop created: %1 products, %2 customers, %3 orders with %4 lines.</source>
        <translation>Toko demo dibuat: %1 produk, %2 pelanggan, %3 pesanan dengan %4 baris.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: on hand is %2, but its stock movements add up to %3.</source>
        <translation>%1: stok fisik %2, tetapi total mutasi stoknya %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: reserved is %2, but the orders holding a reservation need %3.</source>
        <translation>%1: dipesan %2, tetapi pesanan yang memegang reservasi memerlukan %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The stock figures of %n product(s) disagree with the ledger.</source>
        <translation>
            <numerusform>Angka stok %n produk tidak sesuai dengan kartu stok.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-21"/>
        <source>Usage: rapi-cli --database FILE|URL [--lang id|en] COMMAND ...

Commands:
  import products FILE.csv [--dry-run]
      Add or update products from a CSV file.
  import orders FILE.csv [--apply-stock] [--dry-run]
      Add orders from a CSV file (one row per order line).
  kpi --from YYYY-MM-DD --to YYYY-MM-DD [--json]
      Order and stock figures for [from, to); --to is exclusive.
  demo --orders N [--seed S]
      Fill an empty database with a demo shop.
  check
      Check the database and the stock ledger.

--database is a Rapi file or a postgresql://user:password@host:port/dbname URL.
Exit codes: 0 success, 1 bad input or refused, 2 wrong usage. See docs/cli.md.
</source>
        <translation>Penggunaan: rapi-cli --database BERKAS|URL [--lang id|en] PERINTAH ...

Perintah:
  import products BERKAS.csv [--dry-run]
      Menambah atau memperbarui produk dari berkas CSV.
  import orders BERKAS.csv [--apply-stock] [--dry-run]
      Menambah pesanan dari berkas CSV (satu baris per item pesanan).
  kpi --from YYYY-MM-DD --to YYYY-MM-DD [--json]
      Angka pesanan dan stok untuk [from, to); --to tidak termasuk.
  demo --orders N [--seed S]
      Mengisi basis data kosong dengan toko demo.
  check
      Memeriksa basis data dan kartu stok.

--database berupa berkas Rapi atau URL postgresql://user:password@host:port/dbname.
Kode keluar: 0 berhasil, 1 masukan salah atau ditolak, 2 cara penggunaan salah. Lihat docs/cli.md.
</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Unknown language “%1”; use id or en.</source>
        <translation>Bahasa “%1” tidak dikenal; gunakan id atau en.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name a command: import, kpi, demo or check.</source>
        <translation>Sebutkan perintah: import, kpi, demo, atau check.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown command “%1”; use import, kpi, demo or check.</source>
        <translation>Perintah “%1” tidak dikenal; gunakan import, kpi, demo, atau check.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” takes no further arguments (got “%2”).</source>
        <translation>“%1” tidak menerima argumen tambahan (diberikan “%2”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use: rapi-cli --database FILE import products|orders FILE.csv</source>
        <translation>Penggunaan: rapi-cli --database BERKAS import products|orders BERKAS.csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 does not go with “%2”.</source>
        <translation>--%1 tidak dapat digunakan dengan “%2”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which database to use: --database FILE or --database postgresql://…</source>
        <translation>Sebutkan basis data yang digunakan: --database BERKAS atau --database postgresql://…</translation>
    </message>
</context>
<context>
    <name>rapi::money</name>
    <message>
        <location filename="../core/common/money.cpp" line="+25"/>
        <source>“%1” is not an amount (use digits and an optional &apos;.&apos; with up to two decimals)</source>
        <translation>“%1” bukan jumlah uang (gunakan angka dan &apos;.&apos; opsional dengan paling banyak dua desimal)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1” is too large an amount</source>
        <translation>Jumlah “%1” terlalu besar</translation>
    </message>
</context>
<context>
    <name>rapi::uiformat</name>
    <message numerus="yes">
        <location filename="../ui/common/uiformat.cpp" line="+41"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
</context>
</TS>
