<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/rapi/main.cpp" line="+63"/>
        <source>Rapi cannot start</source>
        <translation>Rapi tidak dapat dimulai</translation>
    </message>
</context>
<context>
    <name>rapi::AccountService</name>
    <message>
        <location filename="../core/accounts/accountservice.cpp" line="+49"/>
        <source>The user name or the password is wrong.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Too many wrong passwords for “%1”. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Terlalu banyak kata sandi salah untuk “%1”. Tunggu %n detik lalu coba lagi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A password needs at least 8 characters.</source>
        <translation>Kata sandi minimal 8 karakter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password can have at most 256 characters.</source>
        <translation>Kata sandi paling banyak 256 karakter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” cannot be a user name: use 1 to 32 letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>“%1” tidak bisa menjadi nama pengguna: gunakan 1 sampai 32 huruf a–z, angka, &apos;.&apos;, &apos;_&apos; atau &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no user with the id %1.</source>
        <translation>Tidak ada pengguna dengan id %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no user “%1”.</source>
        <translation>Tidak ada pengguna “%1”.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This database already has an owner account; sign in as the owner to add users.</source>
        <translation>Basis data ini sudah punya akun pemilik; masuk sebagai pemilik untuk menambah pengguna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database has no owner row to take over.</source>
        <translation>Basis data ini tidak punya baris pemilik untuk diambil alih.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+112"/>
        <source>The user name “%1” is already taken.</source>
        <translation>Nama pengguna “%1” sudah dipakai.</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+113"/>
        <location line="+57"/>
        <source>The password could not be protected (not enough memory). Nothing was changed.</source>
        <translation>Kata sandi tidak dapat diamankan (memori tidak cukup). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>owner account %1</source>
        <translation>akun pemilik %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+158"/>
        <source>The account “%1” is deactivated; ask the owner.</source>
        <translation>Akun “%1” dinonaktifkan; tanyakan kepada pemilik.</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>“%1” has no password yet; ask the owner to set one.</source>
        <translation>“%1” belum punya kata sandi; minta pemilik untuk mengaturnya.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The user name “%1” belongs to a deactivated account.</source>
        <translation>Nama pengguna “%1” milik akun yang dinonaktifkan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>user %1, role %2</source>
        <translation>pengguna %1, peran %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+95"/>
        <source>“%1” is the only owner; make someone else owner first.</source>
        <translation>“%1” adalah satu-satunya pemilik; jadikan orang lain pemilik terlebih dahulu.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>password of %1 reset</source>
        <translation>kata sandi %1 diatur ulang</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Kata sandi saat ini salah. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>own password changed</source>
        <translation>kata sandi sendiri diubah</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun sendiri.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 deactivated</source>
        <translation>%1 dinonaktifkan</translation>
    </message>
</context>
<context>
    <name>rapi::AddUserDialog</name>
    <message>
        <location filename="../ui/accounts/userspage.cpp" line="+235"/>
        <location line="+11"/>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>rapi::AuditDialog</name>
    <message>
        <location filename="../ui/accounts/auditdialog.cpp" line="+43"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Entity</source>
        <translation>Entitas</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entri</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n entries to %1.</source>
        <translation>
            <numerusform>%n entri disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n entries as CSV</source>
        <translation>
            <numerusform>%n entri sebagai CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::Backup</name>
    <message>
        <location filename="../core/maintenance/backup.cpp" line="+28"/>
        <source>This database is on a PostgreSQL server; back it up there with pg_dump.</source>
        <translation>Basis data ini ada di server PostgreSQL; cadangkan di sana dengan pg_dump.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the file to write the backup to.</source>
        <translation>Sebutkan nama berkas untuk menyimpan cadangan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; a backup never overwrites a file. Choose a new name.</source>
        <translation>%1 sudah ada; cadangan tidak pernah menimpa berkas. Pilih nama baru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>Folder %1 tidak dapat ditulisi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup to %1 failed (is the disk full?): %2</source>
        <translation>Pencadangan ke %1 gagal (apakah disk penuh?): %2</translation>
    </message>
</context>
<context>
    <name>rapi::BusinessSettingsStore</name>
    <message>
        <location filename="../core/sla/businesssettings.cpp" line="+35"/>
        <source>The business name is too long (at most %1 characters).</source>
        <translation>Nama toko terlalu panjang (maksimal %1 karakter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank account is too long (at most %1 characters).</source>
        <translation>Rekening bank terlalu panjang (maksimal %1 karakter).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Only the owner can change the business settings.</source>
        <translation>Hanya pemilik yang dapat mengubah pengaturan toko.</translation>
    </message>
</context>
<context>
    <name>rapi::ChannelDayChart</name>
    <message>
        <location filename="../ui/dashboard/charts/channeldaychart.cpp" line="+38"/>
        <source>Gross sales</source>
        <translation>Penjualan kotor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Rp million</source>
        <translation>juta Rp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rp thousand</source>
        <translation>ribu Rp</translation>
    </message>
</context>
<context>
    <name>rapi::CheckInDialog</name>
    <message>
        <location filename="../ui/tasks/taskdialogs.cpp" line="+132"/>
        <source>Daily check-in</source>
        <translation>Check-in harian</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What got done yesterday</source>
        <translation>Apa yang selesai kemarin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The one thing that matters today (required)</source>
        <translation>Satu hal terpenting hari ini (wajib)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything in your way? Leave empty if nothing</source>
        <translation>Ada hambatan? Kosongkan jika tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done yesterday</source>
        <translation>Selesai kemarin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus today</source>
        <translation>Fokus hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blockers</source>
        <translation>Hambatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
</context>
<context>
    <name>rapi::CriticalStockList</name>
    <message>
        <location filename="../ui/dashboard/criticalstocklist.cpp" line="+53"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No product is at or below its reorder point.</source>
        <translation>Tidak ada produk pada atau di bawah titik pesan ulang.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %Ln more — show all critical stock</source>
        <translation>
            <numerusform>dan %Ln lagi — tampilkan semua stok kritis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the critical stock list</source>
        <translation>Tampilkan daftar stok kritis</translation>
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
    <name>rapi::CustomerListModel</name>
    <message>
        <location filename="../ui/customers/customerlistmodel.cpp" line="+42"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
</context>
<context>
    <name>rapi::CustomerMergeDialog</name>
    <message>
        <location filename="../ui/customers/customermergedialog.cpp" line="+35"/>
        <source>Merge customers</source>
        <translation>Gabungkan pelanggan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two records of the same person? Pick the other record of %1.</source>
        <translation>Ada dua data untuk orang yang sama? Pilih data lain milik %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search name, phone, e-mail, tag or note</source>
        <translation>Cari nama, telepon, e-mail, tag, atau catatan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Which record is kept?</source>
        <translation>Data mana yang dipertahankan?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+24"/>
        <source>No other record has the same phone or e-mail; search for it.</source>
        <translation>Tidak ada data lain dengan telepon atau e-mail yang sama; cari datanya.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Same phone number or e-mail address:</source>
        <translation>Nomor telepon atau alamat e-mail yang sama:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other customer matches “%1”.</source>
        <translation>Tidak ada pelanggan lain yang cocok dengan “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers matching “%1”:</source>
        <translation>Pelanggan yang cocok dengan “%1”:</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <source>Keep %1</source>
        <translation>Pertahankan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the other record</source>
        <translation>Pertahankan data yang lain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the other record to see what the merge does.</source>
        <translation>Pilih data yang lain untuk melihat hasil penggabungannya.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All orders (%1), tickets (%2) and notes (%3) of %4 move to %5.</source>
        <translation>Semua pesanan (%1), tiket (%2), dan catatan (%3) milik %4 dipindahkan ke %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All orders, tickets and notes of %1 move to %2.</source>
        <translation>Semua pesanan, tiket, dan catatan milik %1 dipindahkan ke %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merging keeps %1.</source>
        <translation>Penggabungan mempertahankan %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its empty fields are filled from %1; tags and channel handles are combined and preferences added.</source>
        <translation>Isian yang masih kosong diisi dari %1; tag dan akun kanal digabungkan, dan preferensinya ditambahkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stays in the history as merged and no longer shows in lists or searches.</source>
        <translation>%1 tetap ada di riwayat sebagai data yang digabungkan dan tidak lagi muncul di daftar atau pencarian.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Tindakan ini tidak dapat diurungkan.</translation>
    </message>
</context>
<context>
    <name>rapi::CustomerPage</name>
    <message>
        <location filename="../ui/customers/customerpage.cpp" line="+66"/>
        <source>Select a customer to see their details and history.</source>
        <translation>Pilih pelanggan untuk melihat detail dan riwayatnya.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Merge with…</source>
        <translation>Gabungkan dengan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge another record of the same person into this one</source>
        <translation>Gabungkan data lain dari orang yang sama ke data ini</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contact and preferences</source>
        <translation>Kontak dan preferensi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the customer as saved, without your edits</source>
        <translation>Tampilkan data pelanggan seperti yang tersimpan, tanpa perubahan Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Simpan perubahan (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Possible duplicates</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These records have the same phone number or e-mail address. If they are the same person, merge them so the history is in one place.</source>
        <translation>Data berikut memiliki nomor telepon atau alamat e-mail yang sama. Jika orangnya sama, gabungkan agar riwayatnya ada di satu tempat.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a note about this customer… (Ctrl+Enter adds it)</source>
        <translation>Tulis catatan tentang pelanggan ini… (Ctrl+Enter untuk menambahkan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 was merged into this record.</source>
        <translation>%1 telah digabungkan ke data ini.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your unsaved changes to %1 are still here.</source>
        <translation>Perubahan Anda pada %1 yang belum disimpan masih ada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer since %1</source>
        <translation>Pelanggan sejak %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed %1</source>
        <translation>diubah %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Merge…</source>
        <translation>Gabungkan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge %1 (#%2) with this customer</source>
        <translation>Gabungkan %1 (#%2) dengan pelanggan ini</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved %1.</source>
        <translation>%1 disimpan.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save or discard your changes to %1 before merging.</source>
        <translation>Simpan atau buang perubahan Anda pada %1 sebelum menggabungkan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Merged %1 into %2: all orders, tickets and notes are now on this record.</source>
        <translation>%1 digabungkan ke %2: semua pesanan, tiket, dan catatan kini ada di data ini.</translation>
    </message>
</context>
<context>
    <name>rapi::CustomerProfileForm</name>
    <message>
        <location filename="../ui/customers/customerprofileform.cpp" line="+44"/>
        <source>e.g. 0812-3456-7890</source>
        <translation>mis. 0812-3456-7890</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. siti@example.com</source>
        <translation>mis. siti@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, e.g.
instagram: @siti.r
shopee: sitirahma</source>
        <translation>Satu per baris, mis.
instagram: @siti.r
shopee: sitirahma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street, district, city, postal code</source>
        <translation>Jalan, kecamatan, kota, kode pos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sizes, colours, when to call, how to pack…</source>
        <translation>Ukuran, warna, waktu untuk dihubungi, cara pengemasan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated, e.g. reseller, vip</source>
        <translation>Pisahkan dengan koma, mis. reseller, vip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the customer writes to the shop: one “channel: handle” per line.</source>
        <translation>Tempat pelanggan menghubungi toko: satu “kanal: akun” per baris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short labels separated by commas; they are stored in lower case.</source>
        <translation>Label singkat yang dipisahkan koma; disimpan dalam huruf kecil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>rapi::CustomerRepository</name>
    <message>
        <location filename="../core/customers/customerrepository.cpp" line="+41"/>
        <location line="+107"/>
        <source>Customer %1 does not exist.</source>
        <translation>Pelanggan %1 tidak ada.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>A customer needs a name or a phone number.</source>
        <translation>Pelanggan harus memiliki nama atau nomor telepon.</translation>
    </message>
</context>
<context>
    <name>rapi::CustomerService</name>
    <message>
        <location filename="../core/customers/customerservice.cpp" line="+27"/>
        <source>Only the owner and CS staff can change customer data.</source>
        <translation>Hanya pemilik dan staf CS yang dapat mengubah data pelanggan.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A customer needs a name.</source>
        <translation>Pelanggan harus memiliki nama.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+16"/>
        <source>A note cannot be empty.</source>
        <translation>Catatan tidak boleh kosong.</translation>
    </message>
    <message>
        <location line="+31"/>
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
    <name>rapi::CustomerTimelineView</name>
    <message>
        <location filename="../ui/customers/customertimelineview.cpp" line="+28"/>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No orders, tickets or notes yet.</source>
        <translation>Belum ada pesanan, tiket, atau catatan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer timeline</source>
        <translation>Linimasa pelanggan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total spent</source>
        <translation>Total belanja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First purchase</source>
        <translation>Pembelian pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>Pembelian terakhir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Derived from the orders: paid, processing, shipped and completed orders count as purchases; cancelled and returned ones do not.</source>
        <translation>Dihitung dari pesanan: pesanan yang dibayar, diproses, dikirim, dan selesai dihitung sebagai pembelian; pesanan yang dibatalkan dan dikembalikan tidak.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%Ln order(s) in all</source>
        <translation>
            <numerusform>Total %Ln pesanan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln tiket</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Double-click to open order %1</source>
        <translation>Klik dua kali untuk membuka pesanan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open ticket %1</source>
        <translation>Klik dua kali untuk membuka tiket %1</translation>
    </message>
</context>
<context>
    <name>rapi::CustomersTab</name>
    <message>
        <location filename="../ui/customers/customerstab.cpp" line="+80"/>
        <source>Search name, phone, e-mail, tag or note</source>
        <translation>Cari nama, telepon, e-mail, tag, atau catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>Cari berdasarkan nama</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again (F5)</source>
        <translation>Muat ulang daftar (F5)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recently active customers · type to search all %1</source>
        <translation>Pelanggan yang baru-baru ini aktif · ketik untuk mencari di antara semua %1 pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recently active customers</source>
        <translation>Pelanggan yang baru-baru ini aktif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 matches · type more to narrow the search</source>
        <translation>%1 hasil pertama · ketik lebih lengkap untuk mempersempit pencarian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer matches “%1”</source>
        <translation>Tidak ada pelanggan yang cocok dengan “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln customer(s) found</source>
        <translation>
            <numerusform>%Ln pelanggan ditemukan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::DashboardCards</name>
    <message>
        <location filename="../ui/dashboard/dashboardcards.cpp" line="+57"/>
        <source>Orders in</source>
        <translation>Pesanan masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Show the orders placed in the period</source>
        <translation>Tampilkan pesanan yang masuk pada periode ini</translation>
    </message>
    <message>
        <location line="-3"/>
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
        <source>Stuck orders now</source>
        <translation>Pesanan tertahan sekarang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every stuck order</source>
        <translation>Tampilkan semua pesanan tertahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical stock</source>
        <translation>Stok kritis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the products to reorder</source>
        <translation>Tampilkan produk yang perlu dipesan ulang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open tickets now</source>
        <translation>Tiket aktif sekarang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the open tickets</source>
        <translation>Tampilkan tiket aktif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA breaches</source>
        <translation>Pelanggaran SLA</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Show the orders completed in the period</source>
        <translation>Tampilkan pesanan yang selesai pada periode ini</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the tickets of the period whose SLA was breached</source>
        <translation>Tampilkan tiket periode ini yang melanggar SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contact resolution</source>
        <translation>Selesai di kontak pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Show the tickets resolved in the period</source>
        <translation>Tampilkan tiket yang diselesaikan pada periode ini</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Average handle time</source>
        <translation>Rata-rata waktu penanganan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer satisfaction</source>
        <translation>Kepuasan pelanggan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>placed in the period</source>
        <translation>masuk pada periode ini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reached completed in the period</source>
        <translation>mencapai selesai pada periode ini</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>average %1 per order</source>
        <translation>rata-rata %1 per pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no orders in the period</source>
        <translation>tidak ada pesanan pada periode ini</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>of %1 orders waiting</source>
        <translation>dari %1 pesanan yang menunggu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>products at or below their reorder point</source>
        <translation>produk pada atau di bawah titik pesan ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every product is above its reorder point</source>
        <translation>semua produk di atas titik pesan ulang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 urgent · %2 high</source>
        <translation>%1 mendesak · %2 tinggi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 first response · %2 resolution, of %3 new tickets</source>
        <translation>%1 respons pertama · %2 penyelesaian, dari %3 tiket baru</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>of %1 tickets resolved</source>
        <translation>dari %1 tiket yang diselesaikan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logged per resolved ticket</source>
        <translation>tercatat per tiket yang diselesaikan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rated 4 or 5 of those rated</source>
        <translation>bernilai 4 atau 5 dari yang memberi nilai</translation>
    </message>
</context>
<context>
    <name>rapi::DashboardTab</name>
    <message>
        <location filename="../ui/dashboard/dashboardtab.cpp" line="+98"/>
        <source>Orders and gross sales per day, by channel</source>
        <translation>Pesanan dan penjualan kotor per hari, per kanal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gross sales by channel</source>
        <translation>Penjualan kotor per kanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Critical stock</source>
        <translation>Stok kritis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the critical stock list</source>
        <translation>Buka daftar stok kritis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orders waiting now, by stage</source>
        <translation>Pesanan yang menunggu sekarang, per tahap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tickets now, by touchpoint</source>
        <translation>Tiket aktif sekarang, per titik kontak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tickets created in the period by touchpoint, with their most frequent topics.</source>
        <translation>Tiket yang dibuat pada periode ini per titik kontak, dengan topik yang paling sering.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice of the customer</source>
        <translation>Suara pelanggan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer service, week by week</source>
        <translation>Layanan pelanggan, minggu demi minggu</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last week</source>
        <translation>Minggu lalu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range…</source>
        <translation>Rentang sendiri…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The last day, included</source>
        <translation>Hari terakhir, ikut dihitung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updating…</source>
        <translation>Memperbarui…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the figures again (F5)</source>
        <translation>Muat ulang angka (F5)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The last day (%1) is before the first day (%2): choose a last day on or after it.</source>
        <translation>Hari terakhir (%1) sebelum hari pertama (%2): pilih hari terakhir yang sama atau sesudahnya.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 · compared with %2</source>
        <translation>%1 · dibandingkan dengan %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>vs %1</source>
        <translation>vs %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pesanan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>avg %1 · median %2</source>
        <translation>rata-rata %1 · median %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bottleneck in the period: &lt;b&gt;%1&lt;/b&gt; — orders that left it stayed %2 (median), the largest share of its limit.</source>
        <translation>Hambatan pada periode ini: &lt;b&gt;%1&lt;/b&gt; — pesanan yang keluar dari tahap ini tinggal %2 (median), porsi terbesar dari batasnya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time in stage: average and median stay of the orders that left each stage in the period.</source>
        <translation>Waktu di tahap: rata-rata dan median lama tinggal pesanan yang keluar dari tiap tahap pada periode ini.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no category</source>
        <translation>tanpa kategori</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Updated %1</source>
        <translation>Diperbarui %1</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>%1 stuck</source>
        <translation>%1 tertahan</translation>
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
        <location filename="../core/demo/demogenerator.cpp" line="+166"/>
        <source>This database already holds products or orders. Demo data is only added to an empty database; nothing was changed.</source>
        <translation>Basis data ini sudah berisi produk atau pesanan. Data demo hanya ditambahkan ke basis data yang kosong; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The demo needs the sales channel “%1”, which this database lacks.</source>
        <translation>Demo memerlukan kanal penjualan “%1”, yang tidak ada di basis data ini.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>The demo needs at least one product and one week, and no negative counts.</source>
        <translation>Demo memerlukan setidaknya satu produk dan satu minggu, serta tidak boleh ada jumlah negatif.</translation>
    </message>
</context>
<context>
    <name>rapi::DurationEdit</name>
    <message>
        <location filename="../ui/settings/durationedit.cpp" line="+22"/>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>jam</translation>
    </message>
</context>
<context>
    <name>rapi::GeneralPage</name>
    <message>
        <location filename="../ui/settings/generalpage.cpp" line="+34"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used the next time Rapi starts. It is a choice of this computer, not of the business.</source>
        <translation>Bahasa baru digunakan saat Rapi dijalankan berikutnya. Pilihan ini hanya berlaku di komputer ini, bukan untuk seluruh toko.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business</source>
        <translation>Toko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Toko Rapi</source>
        <translation>mis. Toko Rapi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. BCA 123 456 7890 a.n. Toko Rapi</source>
        <translation>mis. BCA 123 456 7890 a.n. Toko Rapi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account for transfers</source>
        <translation>Rekening bank untuk transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message templates fill these in for {{business.name}} and {{business.bank_account}}. Left empty, a message that needs them says so before it is sent.</source>
        <translation>Templat pesan memakai isian ini untuk {{business.name}} dan {{business.bank_account}}. Jika dibiarkan kosong, pesan yang memerlukannya akan memberi tahu sebelum dikirim.</translation>
    </message>
</context>
<context>
    <name>rapi::HolidayDialog</name>
    <message>
        <location filename="../ui/settings/holidaydialog.cpp" line="+32"/>
        <source>Edit holiday</source>
        <translation>Ubah hari libur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add holiday</source>
        <translation>Tambah hari libur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Hari Raya Idul Fitri</source>
        <translation>mis. Hari Raya Idul Fitri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
</context>
<context>
    <name>rapi::HolidaysPage</name>
    <message>
        <location filename="../ui/settings/holidayspage.cpp" line="+35"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days the business is closed. Preset with the Indonesian national holidays; cuti bersama is not included. Check the list when the government publishes next year&apos;s dates.</source>
        <translation>Hari-hari toko tutup. Sudah terisi hari libur nasional Indonesia; cuti bersama tidak termasuk. Periksa daftar ini saat pemerintah mengumumkan tanggal tahun berikutnya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
</context>
<context>
    <name>rapi::HoursPage</name>
    <message>
        <location filename="../ui/settings/hourspage.cpp" line="+44"/>
        <source>SLA clocks run only while the business is open: not at night, not on closed days and not on holidays. Times are in %1.</source>
        <translation>Waktu SLA hanya berjalan saat toko buka: tidak pada malam hari, hari tutup, atau hari libur. Semua jam dalam zona waktu %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opens</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closes</source>
        <translation>Jam tutup</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
</context>
<context>
    <name>rapi::Importer</name>
    <message>
        <location filename="../core/importing/importsupport.cpp" line="+39"/>
        <source>The file has no column %1. The first line must name the columns; needed: %2.</source>
        <translation>Berkas tidak memiliki kolom %1. Baris pertama harus berisi nama kolom; yang diperlukan: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The column %1 appears more than once in the first line.</source>
        <translation>Kolom %1 muncul lebih dari sekali di baris pertama.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>“%1” is not a phone number (only digits, spaces and + - . ( ) are allowed)</source>
        <translation>“%1” bukan nomor telepon (hanya angka, spasi, dan + - . ( ) yang diperbolehkan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a phone number (it needs 7 to 15 digits)</source>
        <translation>“%1” bukan nomor telepon (harus 7 sampai 15 angka)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only the owner and CS staff can import customers and tickets.</source>
        <translation>Hanya pemilik dan staf CS yang dapat mengimpor pelanggan dan tiket.</translation>
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
        <location filename="../core/importing/ticketcodes.cpp" line="+91"/>
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
        <location filename="../core/importing/importsupport.cpp" line="-127"/>
        <source>the row has %1 fields, but the first line names %2 columns (is a delimiter or a quote missing?)</source>
        <translation>baris ini memiliki %1 isian, tetapi baris pertama menyebut %2 kolom (apakah ada pemisah atau tanda kutip yang hilang?)</translation>
    </message>
    <message>
        <location filename="../core/importing/customerimporter.cpp" line="+129"/>
        <location filename="../core/importing/importsupport.cpp" line="+44"/>
        <location filename="../core/importing/orderimporter.cpp" line="+265"/>
        <location line="+172"/>
        <location line="+12"/>
        <location filename="../core/importing/productimporter.cpp" line="+89"/>
        <location line="+22"/>
        <location line="+8"/>
        <location filename="../core/importing/ticketimporter.cpp" line="+145"/>
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1” bukan alamat e-mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (without a phone) is also on row %2; each customer may appear only once</source>
        <translation>%1 (tanpa telepon) juga ada di baris %2; setiap pelanggan hanya boleh muncul sekali</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is also on row %2; each customer may appear only once</source>
        <translation>%1 juga ada di baris %2; setiap pelanggan hanya boleh muncul sekali</translation>
    </message>
    <message>
        <location filename="../core/importing/orderimporter.cpp" line="-144"/>
        <source>order %1 is also on row %2 with different order columns; every line of an order must repeat the same order columns</source>
        <translation>pesanan %1 juga ada di baris %2 dengan kolom pesanan yang berbeda; setiap baris dari satu pesanan harus mengulang kolom pesanan yang sama</translation>
    </message>
    <message>
        <location filename="../core/importing/importsupport.cpp" line="+35"/>
        <source>“%1” is not a date and time like 2026-11-20 14:05 or 2026-11-20T14:05:00+07:00</source>
        <translation>“%1” bukan tanggal dan waktu seperti 2026-11-20 14:05 atau 2026-11-20T14:05:00+07:00</translation>
    </message>
    <message>
        <location filename="../core/importing/orderimporter.cpp" line="+81"/>
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
        <location filename="../core/importing/ticketimporter.cpp" line="+58"/>
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
        <location filename="../core/importing/importsupport.cpp" line="-19"/>
        <source>“%1” is not a whole number of 0 or more</source>
        <translation>“%1” bukan bilangan bulat 0 atau lebih</translation>
    </message>
    <message>
        <location filename="../core/importing/productimporter.cpp" line="+53"/>
        <source>“%1” is not 1 (active) or 0 (inactive)</source>
        <translation>“%1” bukan 1 (aktif) atau 0 (nonaktif)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CSV import</source>
        <translation>Impor CSV</translation>
    </message>
    <message>
        <location filename="../core/importing/ticketcodes.cpp" line="-31"/>
        <source>unknown touchpoint “%1”; use one of: %2</source>
        <translation>titik kontak “%1” tidak dikenal; gunakan salah satu dari: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown priority “%1”; use one of: %2</source>
        <translation>prioritas “%1” tidak dikenal; gunakan salah satu dari: %2</translation>
    </message>
    <message>
        <location filename="../core/importing/ticketimporter.cpp" line="-52"/>
        <source>%1 is also on row %2; each ticket may appear only once</source>
        <translation>%1 juga ada di baris %2; setiap tiket hanya boleh muncul sekali</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown order “%1”; import it with the orders first</source>
        <translation>pesanan “%1” tidak dikenal; impor pesanannya terlebih dahulu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is empty, and so is customer_phone; a ticket needs a customer (or an order that has one)</source>
        <translation>kosong, begitu juga customer_phone; tiket memerlukan pelanggan (atau pesanan yang memiliki pelanggan)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>is 0, but first_response_at says the customer was answered</source>
        <translation>bernilai 0, tetapi first_response_at menunjukkan pelanggan sudah dijawab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is empty, but outgoing_messages says %1 replies were sent; give the time of the first one</source>
        <translation>kosong, tetapi outgoing_messages menunjukkan %1 balasan sudah dikirim; isi waktu balasan pertama</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a CSAT score; use a whole number from 1 to 5</source>
        <translation>“%1” bukan skor CSAT; gunakan bilangan bulat dari 1 sampai 5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is given, but the status “%1” is not resolved or closed; CSAT is asked once a ticket is resolved</source>
        <translation>terisi, tetapi status “%1” bukan resolved atau closed; CSAT ditanyakan setelah tiket terselesaikan</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>is before created_at (%1)</source>
        <translation>lebih awal dari created_at (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is after resolved_at (%1); a ticket is answered before it is resolved</source>
        <translation>lebih lambat dari resolved_at (%1); tiket dijawab sebelum diselesaikan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is empty; a %1 ticket needs the time it was resolved</source>
        <translation>kosong; tiket berstatus %1 memerlukan waktu penyelesaiannya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is filled in, but the status “%1” is not resolved or closed</source>
        <translation>terisi, tetapi status “%1” bukan resolved atau closed</translation>
    </message>
</context>
<context>
    <name>rapi::KpiCard</name>
    <message>
        <location filename="../ui/dashboard/kpicard.cpp" line="+87"/>
        <source>no change</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>baru</translation>
    </message>
</context>
<context>
    <name>rapi::KpiSummaries</name>
    <message>
        <location filename="../core/kpi/kpisummaries.cpp" line="+39"/>
        <source>The dashboard counts days in UTC+7 (Asia/Jakarta); figures for the time zone %1 are not available.</source>
        <translation>Dasbor menghitung hari dalam UTC+7 (Asia/Jakarta); angka untuk zona waktu %1 tidak tersedia.</translation>
    </message>
</context>
<context>
    <name>rapi::LoginDialog</name>
    <message>
        <location filename="../ui/accounts/signindialogs.cpp" line="+101"/>
        <source>Sign in — Rapi</source>
        <translation>Masuk — Rapi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Sign in&lt;/b&gt;&lt;p&gt;Sign in with the user name and password the owner gave you.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Masuk&lt;/b&gt;&lt;p&gt;Masuk dengan nama pengguna dan kata sandi yang diberikan pemilik.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>rapi::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+47"/>
        <source>%1 — %2 (%3) — Rapi</source>
        <translation>%1 — %2 (%3) — Rapi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tickets</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates &amp;&amp; SOPs</source>
        <translation>Templat &amp;&amp; SOP</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in as %1</source>
        <translation>Masuk sebagai %1</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <source>Change &amp;password…</source>
        <translation>Ganti kata &amp;sandi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>Keluar &amp;akun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Cadangkan basis data…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Orders</source>
        <translation>&amp;Pesanan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New order…</source>
        <translation>Pesanan &amp;baru…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tock</source>
        <translation>&amp;Stok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reorder list…</source>
        <translation>&amp;Daftar pesan ulang…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stocktake…</source>
        <translation>Stok &amp;opname…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;ickets</source>
        <translation>T&amp;iket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;ticket…</source>
        <translation>&amp;Tiket baru…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weekly report…</source>
        <translation>Laporan &amp;mingguan…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Audit log…</source>
        <translation>Log &amp;audit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rapi</source>
        <translation>&amp;Tentang Rapi</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your new password, %1. At least 8 characters.</source>
        <translation>Kata sandi baru Anda, %1. Minimal 8 karakter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password changed.</source>
        <translation>Kata sandi diganti.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1-backup-%2.rapi</source>
        <translation>%1-cadangan-%2.rapi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up database</source>
        <translation>Cadangkan basis data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rapi databases (*.rapi)</source>
        <translation>Basis data Rapi (*.rapi)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup not written</source>
        <translation>Cadangan tidak ditulis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup saved: %1 (%2).</source>
        <translation>Cadangan tersimpan: %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../core/db/migrator.cpp" line="+124"/>
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
        <location line="+11"/>
        <source>Create order</source>
        <translation>Buat pesanan</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>rapi::NewSopDialog</name>
    <message>
        <location filename="../ui/templates/newsopdialog.cpp" line="+34"/>
        <source>Order stage</source>
        <translation>Tahap pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket category</source>
        <translation>Kategori tiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the work must achieve</source>
        <translation>Hasil yang harus dicapai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step per line</source>
        <translation>Satu langkah per baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to tell the work is done well</source>
        <translation>Ciri pekerjaan yang selesai dengan baik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New SOP</source>
        <translation>SOP baru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Packing a paid order</source>
        <translation>mis. Mengemas pesanan yang sudah dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. late delivery</source>
        <translation>mis. pengiriman terlambat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shown with</source>
        <translation>Ditampilkan pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Langkah-langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done standard</source>
        <translation>Standar selesai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create SOP</source>
        <translation>Buat SOP</translation>
    </message>
</context>
<context>
    <name>rapi::NewTemplateDialog</name>
    <message>
        <location filename="../ui/templates/newtemplatedialog.cpp" line="+23"/>
        <source>New template</source>
        <translation>Templat baru</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Reply: size exchange</source>
        <translation>mis. Balasan: tukar ukuran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first text, e.g. “Hello {{customer.name}}, …”. Placeholders can be inserted from the list in the editor afterwards.</source>
        <translation>Teks awal, mis. “Halo {{customer.name}}, …”. Placeholder dapat disisipkan dari daftar di editor setelahnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create template</source>
        <translation>Buat templat</translation>
    </message>
</context>
<context>
    <name>rapi::NewTicketDialog</name>
    <message>
        <location filename="../ui/tickets/newticketdialog.cpp" line="+58"/>
        <source>New ticket</source>
        <translation>Tiket baru</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. 0812 3456 7890</source>
        <translation>mis. 0812 3456 7890</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers whose phone number starts with what you typed</source>
        <translation>Pelanggan yang nomor teleponnya diawali dengan yang Anda ketik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of a new customer</source>
        <translation>Nama pelanggan baru</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. damaged item</source>
        <translation>mis. barang rusak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What it is about, in a few words</source>
        <translation>Inti masalahnya, dalam beberapa kata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the customer says (Shift+Enter for a new line)</source>
        <translation>Apa yang disampaikan pelanggan (Shift+Enter untuk baris baru)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touchpoint</source>
        <translation>Titik kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create ticket</source>
        <translation>Buat tiket</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New customer</source>
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✓ %1 — %2, %3</source>
        <translation>✓ %1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pesanan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln tiket</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the phone number to find the customer.</source>
        <translation>Ketik nomor telepon untuk mencari pelanggan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer has exactly this number: enter the name to add one, or pick a customer with a similar number.</source>
        <translation>Tidak ada pelanggan dengan nomor persis ini: masukkan nama untuk menambahkan pelanggan baru, atau pilih pelanggan dengan nomor yang mirip.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer with this number yet: enter the name to add one.</source>
        <translation>Belum ada pelanggan dengan nomor ini: masukkan nama untuk menambahkannya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No order</source>
        <translation>Tanpa pesanan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No orders yet</source>
        <translation>Belum ada pesanan</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Write a subject or the customer&apos;s message.</source>
        <translation>Tulis subjek atau pesan pelanggan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the customer&apos;s phone number or name.</source>
        <translation>Ketik nomor telepon atau nama pelanggan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the new customer&apos;s name.</source>
        <translation>Masukkan nama pelanggan baru.</translation>
    </message>
</context>
<context>
    <name>rapi::OrderDetailPanel</name>
    <message>
        <location filename="../ui/orders/orderdetailpanel.cpp" line="+67"/>
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
        <location line="+11"/>
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
        <location line="+225"/>
        <source>This order is finished; it has no further steps.</source>
        <translation>Pesanan ini sudah selesai; tidak ada langkah lanjutan.</translation>
    </message>
    <message>
        <location line="-160"/>
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
        <location line="+47"/>
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
        <location line="+40"/>
        <source>Move this order to “%1”</source>
        <translation>Pindahkan pesanan ini ke “%1”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The next step is not yours: %1</source>
        <translation>Langkah berikutnya bukan bagian Anda: %1</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../core/orders/orderrepository.cpp" line="+147"/>
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
        <location filename="../core/orders/orderservice.cpp" line="+63"/>
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
        <location line="+12"/>
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
    <message numerus="yes">
        <location line="+31"/>
        <source>%1, %n line(s)</source>
        <translation>
            <numerusform>%1, %n item</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+24"/>
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
        <location filename="../core/demo/demowriter.cpp" line="+131"/>
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
        <location filename="../ui/orders/orderstab.cpp" line="+91"/>
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
    <message>
        <location line="+102"/>
        <source>stuck only</source>
        <translation>hanya yang tertahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placed %1</source>
        <translation>masuk %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed %1</source>
        <translation>selesai %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pesanan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::OwnerSetupDialog</name>
    <message>
        <location filename="../ui/accounts/signindialogs.cpp" line="-71"/>
        <source>Set up the owner account</source>
        <translation>Siapkan akun pemilik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: sari</source>
        <translation>misalnya: sari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Set up the owner account&lt;/b&gt;&lt;p&gt;This business file has no accounts yet. Choose the owner&apos;s user name and password; from now on everyone signs in, and only the owner adds colleagues and sees the audit log.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Siapkan akun pemilik&lt;/b&gt;&lt;p&gt;Berkas usaha ini belum punya akun. Pilih nama pengguna dan kata sandi pemilik; mulai sekarang semua orang masuk dengan akun, dan hanya pemilik yang menambah rekan kerja dan melihat log audit.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 8 characters. Names use a–z, 0–9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Minimal 8 karakter. Nama memakai a–z, 0–9, &apos;.&apos;, &apos;_&apos; dan &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create owner</source>
        <translation>Buat pemilik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>rapi::PasswordDialog</name>
    <message>
        <location line="-34"/>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set password</source>
        <translation>Simpan kata sandi</translation>
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
    <name>rapi::Period</name>
    <message>
        <location filename="../core/kpi/period.cpp" line="+56"/>
        <source>Choose both the first day and the day after the last one.</source>
        <translation>Pilih hari pertama dan hari sesudah hari terakhir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end (%1, not counted) must be after the start (%2).</source>
        <translation>Akhir periode (%1, tidak dihitung) harus setelah awal periode (%2).</translation>
    </message>
</context>
<context>
    <name>rapi::Permission</name>
    <message>
        <location filename="../core/accounts/permission.cpp" line="+75"/>
        <source>Only the owner can manage users.</source>
        <translation>Hanya pemilik yang dapat mengelola pengguna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner can see the audit log.</source>
        <translation>Hanya pemilik yang dapat melihat log audit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner can change settings.</source>
        <translation>Hanya pemilik yang dapat mengubah pengaturan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner can run this.</source>
        <translation>Hanya pemilik yang dapat menjalankan ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not see the shop&apos;s figures or stock.</source>
        <translation>Peran Anda tidak melihat angka toko maupun stok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not see customer data.</source>
        <translation>Peran Anda tidak dapat melihat data pelanggan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not see customers&apos; contact data or notes.</source>
        <translation>Peran Anda tidak dapat melihat kontak atau catatan pelanggan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner and CS staff can change customer data.</source>
        <translation>Hanya pemilik dan staf CS yang dapat mengubah data pelanggan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner and CS staff can work on tickets.</source>
        <translation>Hanya pemilik dan staf CS yang dapat menangani tiket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not see orders.</source>
        <translation>Peran Anda tidak dapat melihat pesanan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner and CS staff can take orders.</source>
        <translation>Hanya pemilik dan staf CS yang dapat mencatat pesanan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner and CS staff can write order notes.</source>
        <translation>Hanya pemilik dan staf CS yang dapat menulis catatan pesanan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner and warehouse staff can process and ship orders.</source>
        <translation>Hanya pemilik dan staf gudang yang dapat memproses dan mengirim pesanan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner and finance staff can record payments and returns.</source>
        <translation>Hanya pemilik dan staf keuangan yang dapat mencatat pembayaran dan retur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner can cancel orders.</source>
        <translation>Hanya pemilik yang dapat membatalkan pesanan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner can import orders.</source>
        <translation>Hanya pemilik yang dapat mengimpor pesanan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner and warehouse staff can change products.</source>
        <translation>Hanya pemilik dan staf gudang yang dapat mengubah produk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner and warehouse staff can change stock.</source>
        <translation>Hanya pemilik dan staf gudang yang dapat mengubah stok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not use templates.</source>
        <translation>Peran Anda tidak memakai templat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner can change templates and SOPs.</source>
        <translation>Hanya pemilik yang dapat mengubah templat dan SOP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not see SOPs.</source>
        <translation>Peran Anda tidak dapat melihat SOP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner and finance staff can see reports and export figures.</source>
        <translation>Hanya pemilik dan staf keuangan yang dapat melihat laporan dan mengekspor angka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not see tasks.</source>
        <translation>Peran Anda tidak dapat melihat tugas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendors can only change the tasks assigned to them.</source>
        <translation>Vendor hanya dapat mengubah tugas yang diberikan kepadanya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the owner can write the weekly review.</source>
        <translation>Hanya pemilik yang dapat menulis tinjauan mingguan.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CS</source>
        <translation>CS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warehouse</source>
        <translation>Gudang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance</source>
        <translation>Keuangan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
</context>
<context>
    <name>rapi::ProductRepository</name>
    <message>
        <location filename="../core/demo/demowriter.cpp" line="+32"/>
        <location filename="../core/stock/productrepository.cpp" line="+150"/>
        <source>Opening stock</source>
        <translation>Stok awal</translation>
    </message>
    <message>
        <location filename="../core/stock/productrepository.cpp" line="-105"/>
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
        <location line="+43"/>
        <source>Opening stock cannot be negative.</source>
        <translation>Stok awal tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A product with SKU %1 already exists.</source>
        <translation>Produk dengan SKU %1 sudah ada.</translation>
    </message>
    <message>
        <location line="+62"/>
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
    <name>rapi::ReviewDialog</name>
    <message>
        <location filename="../ui/tasks/taskdialogs.cpp" line="+17"/>
        <source>Weekly review %1</source>
        <translation>Tinjauan mingguan %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What stalled this week?
Why did it stall?
What changes next week?</source>
        <translation>Apa yang macet minggu ini?
Kenapa macet?
Apa yang berubah minggu depan?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save review</source>
        <translation>Simpan tinjauan</translation>
    </message>
</context>
<context>
    <name>rapi::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+47"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours</source>
        <translation>Jam kerja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA targets</source>
        <translation>Target SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck orders</source>
        <translation>Pesanan tertahan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings saved.</source>
        <translation>Pengaturan disimpan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the owner can change the business settings; you can look at them here. The language is yours to choose.</source>
        <translation>Hanya pemilik yang dapat mengubah pengaturan toko; Anda dapat melihatnya di sini. Bahasa dapat Anda pilih sendiri.</translation>
    </message>
</context>
<context>
    <name>rapi::ShareTemplateDialog</name>
    <message>
        <location filename="../ui/templates/sharetemplatedialog.cpp" line="+21"/>
        <source>Share with vendors</source>
        <translation>Bagikan ke vendor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vendors see only the templates and briefs shared with them. Tick who may read “%1”; the rest of the team reads every template.</source>
        <translation>Vendor hanya melihat templat dan brief yang dibagikan kepada mereka. Centang siapa yang boleh membaca “%1”; anggota tim lainnya membaca semua templat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save sharing</source>
        <translation>Simpan pembagian</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no vendor accounts yet. Add one under Settings ▸ Users with the role Vendor.</source>
        <translation>Belum ada akun vendor. Tambahkan di Pengaturan ▸ Pengguna dengan peran Vendor.</translation>
    </message>
</context>
<context>
    <name>rapi::SlaPage</name>
    <message>
        <location filename="../ui/settings/slapage.cpp" line="+30"/>
        <source>How long a ticket may wait for its first answer and for its resolution, counted in business time (opening hours without holidays). A ticket at 80% of its target is shown at risk; past it, breached.</source>
        <translation>Berapa lama tiket boleh menunggu respons pertama dan penyelesaiannya, dihitung dalam jam kerja (jam buka, tanpa hari libur). Tiket yang sudah mencapai 80% dari targetnya ditandai berisiko; jika lewat, ditandai terlanggar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within</source>
        <translation>Respons pertama dalam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved within</source>
        <translation>Penyelesaian dalam</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changes apply to tickets created from now on (and to a ticket whose priority is changed). Open tickets keep the targets they were given, so past figures stay as they were.</source>
        <translation>Perubahan berlaku untuk tiket yang dibuat mulai sekarang (dan untuk tiket yang prioritasnya diubah). Tiket aktif tetap memakai target yang sudah diberikan, sehingga angka sebelumnya tidak berubah.</translation>
    </message>
</context>
<context>
    <name>rapi::SlaSettings</name>
    <message>
        <location filename="../core/sla/slasettings.cpp" line="+43"/>
        <source>Only the owner can change business hours, holidays and SLA targets.</source>
        <translation>Hanya pemilik yang dapat mengubah jam kerja, hari libur, dan target SLA.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the opening time must be before the closing time, within one day.</source>
        <translation>%1: jam buka harus sebelum jam tutup, dalam hari yang sama.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: SLA targets must be at least one minute.</source>
        <translation>%1: target SLA minimal satu menit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the first-response target cannot be longer than the resolution target.</source>
        <translation>%1: target respons pertama tidak boleh lebih lama daripada target penyelesaian.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the holiday on %1 a name.</source>
        <translation>Beri nama hari libur pada %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is already a holiday on %1: %2.</source>
        <translation>Sudah ada hari libur pada %1: %2.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>There is no SLA target for priority “%1”.</source>
        <translation>Tidak ada target SLA untuk prioritas “%1”.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>There is no weekday %1.</source>
        <translation>Tidak ada hari %1 dalam seminggu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the date of the holiday.</source>
        <translation>Pilih tanggal hari libur.</translation>
    </message>
</context>
<context>
    <name>rapi::SopPanel</name>
    <message>
        <location filename="../ui/templates/soppanel.cpp" line="+75"/>
        <source>No SOP for this stage yet.</source>
        <translation>Belum ada SOP untuk tahap ini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This ticket has no category, so no SOP applies.</source>
        <translation>Tiket ini tidak memiliki kategori, jadi tidak ada SOP yang berlaku.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No SOP for this category yet.</source>
        <translation>Belum ada SOP untuk kategori ini.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SOP: %1</source>
        <translation>SOP: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal:</source>
        <translation>Tujuan:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps:</source>
        <translation>Langkah-langkah:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done standard:</source>
        <translation>Standar selesai:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved yet</source>
        <translation>Belum disimpan</translation>
    </message>
</context>
<context>
    <name>rapi::SopRepository</name>
    <message>
        <location filename="../core/templates/soprepository.cpp" line="+45"/>
        <source>An SOP needs a goal, steps and a done standard.</source>
        <translation>SOP harus memiliki tujuan, langkah-langkah, dan standar selesai.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+162"/>
        <source>SOP %1 does not exist.</source>
        <translation>SOP %1 tidak ada.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Choose the ticket category the SOP is for.</source>
        <translation>Pilih kategori tiket untuk SOP ini.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the SOP a title.</source>
        <translation>Beri judul SOP.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 saved version %2 of “%3” meanwhile. Nothing was saved; look at it again and retry.</source>
        <translation>%1 telah menyimpan versi %2 dari “%3” sementara itu. Tidak ada yang disimpan; periksa kembali lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>SOP %1 has no version %2.</source>
        <translation>SOP %1 tidak memiliki versi %2.</translation>
    </message>
</context>
<context>
    <name>rapi::SopsPage</name>
    <message>
        <location filename="../ui/templates/sopspage.cpp" line="+33"/>
        <source>New SOP…</source>
        <translation>SOP baru…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show deactivated SOPs</source>
        <translation>Tampilkan SOP nonaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an SOP to edit it, or write one for an order stage or a ticket category.</source>
        <translation>Pilih SOP untuk mengubahnya, atau tulis SOP baru untuk tahap pesanan atau kategori tiket.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What the work must achieve</source>
        <translation>Hasil yang harus dicapai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step per line</source>
        <translation>Satu langkah per baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to tell the work is done well</source>
        <translation>Ciri pekerjaan yang selesai dengan baik</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+58"/>
        <source>Steps</source>
        <translation>Langkah-langkah</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+58"/>
        <source>Done standard</source>
        <translation>Standar selesai</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>As shown beside the work</source>
        <translation>Seperti yang tampil di samping pekerjaan</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>SOP created as version 1.</source>
        <translation>SOP dibuat sebagai versi 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order stage “%1”</source>
        <translation>Tahap pesanan “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket category “%1”</source>
        <translation>Kategori tiket “%1”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Order stages</source>
        <translation>Tahap pesanan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket categories</source>
        <translation>Kategori tiket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rapi::StockChangeDialog</name>
    <message>
        <location filename="../ui/stock/stockchangedialog.cpp" line="+29"/>
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
        <location line="+7"/>
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
        <location filename="../core/stock/stockledger.cpp" line="+32"/>
        <location line="+48"/>
        <location line="+38"/>
        <source>Product %1 does not exist.</source>
        <translation>Produk %1 tidak ada.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The received quantity must be more than zero.</source>
        <translation>Jumlah yang diterima harus lebih dari nol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goods received</source>
        <translation>Barang diterima</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>received %1: %2</source>
        <translation>diterima %1: %2</translation>
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
        <location line="+10"/>
        <source>adjusted %1 %2: %3</source>
        <translation>disesuaikan %1 %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A counted quantity cannot be negative.</source>
        <translation>Jumlah hasil hitung tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stocktake</source>
        <translation>Stok opname</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>stocktake: %n product(s) adjusted</source>
        <translation>
            <numerusform>stok opname: %n produk disesuaikan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::StockTab</name>
    <message>
        <location filename="../ui/stock/stocktab.cpp" line="+103"/>
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
        <location line="+25"/>
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
        <location line="+32"/>
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
        <location filename="../ui/stock/stocktakedialog.cpp" line="+50"/>
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
        <location line="+7"/>
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
    <name>rapi::StuckPage</name>
    <message>
        <location filename="../ui/settings/stuckpage.cpp" line="+24"/>
        <source>An order that waits longer than this in a stage counts as stuck: it is flagged in amber in the orders list and counted on the dashboard. Hours are clock hours, nights and holidays included.</source>
        <translation>Pesanan yang menunggu lebih lama dari batas ini di suatu tahap dianggap tertahan: pesanan ditandai kuning di daftar pesanan dan dihitung di dasbor. Jam dihitung sebagai jam biasa, termasuk malam hari dan hari libur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck after</source>
        <translation>Tertahan setelah</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> hours</source>
        <translation> jam</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For example 24 hours = one day, 168 hours = one week. Set 0 for never.</source>
        <translation>Misalnya 24 jam = satu hari, 168 jam = satu minggu. Isi 0 untuk tidak pernah.</translation>
    </message>
</context>
<context>
    <name>rapi::StuckThresholds</name>
    <message>
        <location filename="../core/orders/stuckthresholds.cpp" line="+31"/>
        <source>Orders in “%1” are done; they cannot be stuck.</source>
        <translation>Pesanan di tahap “%1” sudah selesai; pesanan ini tidak dapat tertahan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: an order counts as stuck after at least one minute and at most a year.</source>
        <translation>%1: pesanan dianggap tertahan setelah minimal satu menit dan maksimal satu tahun.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the owner can change when orders count as stuck.</source>
        <translation>Hanya pemilik yang dapat mengubah kapan pesanan dianggap tertahan.</translation>
    </message>
</context>
<context>
    <name>rapi::TaskCard</name>
    <message>
        <location filename="../ui/tasks/taskcard.cpp" line="+47"/>
        <source>Double-click to edit</source>
        <translation>Klik dua kali untuk mengubah</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block…</source>
        <translation>Tandai terhambat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody yet</source>
        <translation>Belum ada petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (me)</source>
        <translation>%1 (saya)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue: was due %1</source>
        <translation>Terlambat: tenggat %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due %1</source>
        <translation>Tenggat %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About %1</source>
        <translation>Terkait %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked: %1</source>
        <translation>Terhambat: %1</translation>
    </message>
</context>
<context>
    <name>rapi::TaskDialog</name>
    <message>
        <location filename="../ui/tasks/taskdialogs.cpp" line="-120"/>
        <source>New task</source>
        <translation>Tugas baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit task</source>
        <translation>Ubah tugas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What needs doing, e.g. “Restock the 250 ml bottles”</source>
        <translation>Apa yang perlu dikerjakan, mis. “Isi ulang stok botol 250 ml”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody yet</source>
        <translation>Belum ada petugas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assignee</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due date</source>
        <translation>Tanggal tenggat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No link</source>
        <translation>Tanpa tautan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Nomor pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number</source>
        <translation>Nomor tiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product SKU</source>
        <translation>SKU produk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About</source>
        <translation>Terkait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create task</source>
        <translation>Buat tugas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>rapi::TaskService</name>
    <message>
        <location filename="../core/tasks/taskservice.cpp" line="+98"/>
        <source>To do</source>
        <translation>Akan dikerjakan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doing</source>
        <translation>Dikerjakan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Terhambat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A task needs a title.</source>
        <translation>Tugas memerlukan judul.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A task title can have at most 200 characters.</source>
        <translation>Judul tugas paling banyak 200 karakter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no user with the id %1.</source>
        <translation>Tidak ada pengguna dengan id %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks cannot be given to a deactivated account.</source>
        <translation>Tugas tidak dapat diberikan ke akun yang dinonaktifkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked order does not exist.</source>
        <translation>Pesanan yang ditautkan tidak ada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked ticket does not exist.</source>
        <translation>Tiket yang ditautkan tidak ada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The linked product does not exist.</source>
        <translation>Produk yang ditautkan tidak ada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Task %1 does not exist.</source>
        <translation>Tugas %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+24"/>
        <location line="+11"/>
        <source>Someone else changed this task meanwhile. Nothing was saved; look at it again.</source>
        <translation>Orang lain mengubah tugas ini sementara itu. Tidak ada yang disimpan; periksa lagi.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Say what blocks the task.</source>
        <translation>Sebutkan apa yang menghambat tugas ini.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This task is not assigned to you.</source>
        <translation>Tugas ini tidak diberikan kepada Anda.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A check-in needs a day.</source>
        <translation>Check-in memerlukan tanggal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what today&apos;s focus is.</source>
        <translation>Sebutkan fokus hari ini.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A review needs a week.</source>
        <translation>Tinjauan memerlukan minggu.</translation>
    </message>
</context>
<context>
    <name>rapi::TasksTab</name>
    <message>
        <location filename="../ui/tasks/taskstab.cpp" line="+43"/>
        <source>New task…</source>
        <translation>Tugas baru…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in…</source>
        <translation>Check-in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly review…</source>
        <translation>Tinjauan mingguan…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>List view</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignee</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Terkait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocker</source>
        <translation>Hambatan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today&apos;s team</source>
        <translation>Tim hari ini</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n tugas terbuka</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nobody has checked in today yet.</source>
        <translation>Belum ada yang check-in hari ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — focus: %2</source>
        <translation>%1 — fokus: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done yesterday: %1</source>
        <translation>Selesai kemarin: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by: %1</source>
        <translation>Terhambat oleh: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Task “%1” created.</source>
        <translation>Tugas “%1” dibuat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Task “%1” saved.</source>
        <translation>Tugas “%1” disimpan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is now %2.</source>
        <translation>“%1” sekarang %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Block task</source>
        <translation>Tandai tugas terhambat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What blocks it?</source>
        <translation>Apa yang menghambatnya?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Tandai terhambat</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checked in for today.</source>
        <translation>Sudah check-in untuk hari ini.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Review notes for %1 saved.</source>
        <translation>Catatan tinjauan %1 disimpan.</translation>
    </message>
</context>
<context>
    <name>rapi::TemplateKind</name>
    <message>
        <location filename="../core/templates/templaterepository.cpp" line="+82"/>
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
    <name>rapi::TemplatePickerDialog</name>
    <message>
        <location filename="../ui/tickets/templatepickerdialog.cpp" line="+23"/>
        <source>Insert template</source>
        <translation>Sisipkan templat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a template to see it filled in for this ticket.</source>
        <translation>Pilih templat untuk melihatnya terisi dengan data tiket ini.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Insert</source>
        <translation>Sisipkan</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There is no template of this kind yet.</source>
        <translation>Belum ada templat jenis ini.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” cannot be used for this ticket: %2</source>
        <translation>“%1” tidak dapat digunakan untuk tiket ini: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (version %2)</source>
        <translation>%1 (versi %2)</translation>
    </message>
</context>
<context>
    <name>rapi::TemplatePreview</name>
    <message>
        <location filename="../ui/templates/templatepreview.cpp" line="+27"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Shown with the shop&apos;s own values: your role does not see customers&apos; data.</source>
        <translation>Ditampilkan dengan data toko sendiri: peran Anda tidak melihat data pelanggan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order number or customer</source>
        <translation>Nomor pesanan atau pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the most recent order</source>
        <translation>Kosong: pesanan terbaru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket number, subject or customer</source>
        <translation>Nomor tiket, subjek, atau pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the most recent ticket</source>
        <translation>Kosong: tiket terbaru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer name or phone</source>
        <translation>Nama atau telepon pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the newest customer</source>
        <translation>Kosong: pelanggan terbaru</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing matches “%1”; shown with the shop&apos;s own values only.</source>
        <translation>Tidak ada yang cocok dengan “%1”; hanya diisi dengan data toko sendiri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders yet; shown with the shop&apos;s own values only.</source>
        <translation>Belum ada pesanan; hanya diisi dengan data toko sendiri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tickets yet; shown with the shop&apos;s own values only.</source>
        <translation>Belum ada tiket; hanya diisi dengan data toko sendiri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customers yet; shown with the shop&apos;s own values only.</source>
        <translation>Belum ada pelanggan; hanya diisi dengan data toko sendiri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled with the most recent: %1</source>
        <translation>Diisi dengan yang terbaru: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled with %1</source>
        <translation>Diisi dengan %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This text cannot be sent as it is. %1</source>
        <translation>Teks ini belum dapat dikirim apa adanya. %1</translation>
    </message>
</context>
<context>
    <name>rapi::TemplateRenderer</name>
    <message>
        <location filename="../core/templates/templaterenderer.cpp" line="+67"/>
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
        <location filename="../core/templates/templaterepository.cpp" line="+50"/>
        <location line="+15"/>
        <location line="+196"/>
        <location line="+21"/>
        <source>Template %1 does not exist.</source>
        <translation>Templat %1 tidak ada.</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+4"/>
        <source>Template version %1 does not exist.</source>
        <translation>Versi templat %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>User %1 does not exist.</source>
        <translation>Pengguna %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a vendor; only vendors&apos; access is chosen per template.</source>
        <translation>%1 bukan vendor; hanya akses vendor yang diatur per templat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is deactivated.</source>
        <translation>%1 sudah dinonaktifkan.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+77"/>
        <source>Give the template a name.</source>
        <translation>Beri nama templat.</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+25"/>
        <source>A template needs some text.</source>
        <translation>Templat harus berisi teks.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 saved version %2 of “%3” meanwhile. Nothing was saved; look at it again and retry.</source>
        <translation>%1 telah menyimpan versi %2 dari “%3” sementara itu. Tidak ada yang disimpan; periksa kembali lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That version belongs to another template.</source>
        <translation>Versi tersebut milik templat lain.</translation>
    </message>
</context>
<context>
    <name>rapi::TemplatesPage</name>
    <message>
        <location filename="../ui/templates/templatespage.cpp" line="+29"/>
        <source>New template…</source>
        <translation>Templat baru…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show deactivated templates</source>
        <translation>Tampilkan templat nonaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a template to edit it, or make a new one.</source>
        <translation>Pilih templat untuk mengubahnya, atau buat yang baru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No templates or briefs are shared with you yet; the owner shares them from this tab.</source>
        <translation>Belum ada templat atau brief yang dibagikan kepada Anda; pemilik membagikannya dari tab ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a template to read it.</source>
        <translation>Pilih templat untuk membacanya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share with vendors…</source>
        <translation>Bagikan ke vendor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which outside vendors may read this template or brief</source>
        <translation>Pilih vendor luar yang boleh membaca templat atau brief ini</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sharing saved: no vendor reads this template now.</source>
        <translation>Pembagian disimpan: kini tidak ada vendor yang membaca templat ini.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sharing saved: %n vendor(s) can read this template.</source>
        <translation>
            <numerusform>Pembagian disimpan: %n vendor dapat membaca templat ini.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Write the message; insert placeholders from the list on the right.</source>
        <translation>Tulis pesannya; sisipkan placeholder dari daftar di sebelah kanan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Placeholders</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert at cursor</source>
        <translation>Sisipkan di kursor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert the selected placeholder at the cursor (or double-click it)</source>
        <translation>Sisipkan placeholder yang dipilih di posisi kursor (atau klik dua kali)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Placeholder</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it holds</source>
        <translation>Isinya</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Template created as version 1.</source>
        <translation>Templat dibuat sebagai versi 1.</translation>
    </message>
</context>
<context>
    <name>rapi::TemplatesTab</name>
    <message>
        <location filename="../ui/templates/templatestab.cpp" line="+40"/>
        <source>Templates</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOPs</source>
        <translation>SOP</translation>
    </message>
</context>
<context>
    <name>rapi::TicketActionDialog</name>
    <message>
        <location filename="../ui/tickets/ticketactiondialog.cpp" line="+31"/>
        <source>Keep as it is</source>
        <translation>Biarkan seperti sekarang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand to</source>
        <translation>Serahkan ke</translation>
    </message>
</context>
<context>
    <name>rapi::TicketConversation</name>
    <message>
        <location filename="../ui/tickets/ticketconversation.cpp" line="+46"/>
        <location line="+53"/>
        <source>Write a reply, or insert a template… (Ctrl+Enter sends)</source>
        <translation>Tulis balasan, atau sisipkan templat… (Ctrl+Enter untuk mengirim)</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Insert template…</source>
        <translation>Sisipkan templat…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not record the template for this reply</source>
        <translation>Jangan catat templat untuk balasan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log customer message</source>
        <translation>Catat pesan pelanggan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the text as what the customer wrote or said</source>
        <translation>Catat teks sebagai pesan atau ucapan pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send reply</source>
        <translation>Kirim balasan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the text as the shop&apos;s reply (Ctrl+Enter)</source>
        <translation>Catat teks sebagai balasan toko (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This ticket is %1: reopen it to write.</source>
        <translation>Tiket ini sudah %1: buka kembali untuk menulis.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No messages yet.</source>
        <translation>Belum ada pesan.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer · %1 · logged by %2</source>
        <translation>Pelanggan · %1 · dicatat oleh %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from template %1</source>
        <translation>dari templat %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>version %1</source>
        <translation>versi %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (version %2)</source>
        <translation>%1 (versi %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>From template %1</source>
        <translation>Dari templat %1</translation>
    </message>
</context>
<context>
    <name>rapi::TicketHistoryTable</name>
    <message>
        <location filename="../ui/tickets/tickethistorytable.cpp" line="+17"/>
        <source>user %1</source>
        <translation>pengguna %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Perubahan</translation>
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
        <location line="+18"/>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned</source>
        <translation>Penugasan dilepas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to %1</source>
        <translation>Ditugaskan ke %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority %1 → %2</source>
        <translation>Prioritas %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle time +%1</source>
        <translation>Waktu penanganan +%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT %1 of 5</source>
        <translation>CSAT %1 dari 5</translation>
    </message>
</context>
<context>
    <name>rapi::TicketPage</name>
    <message>
        <location filename="../ui/tickets/ticketpage.cpp" line="+64"/>
        <source>Select a ticket in the queue to work on it.</source>
        <translation>Pilih tiket di antrean untuk menanganinya.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open the customer</source>
        <translation>Buka data pelanggan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the order</source>
        <translation>Buka pesanan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>⚠ 80% of the target has passed: consider escalating.</source>
        <translation>⚠ 80% waktu target sudah lewat: pertimbangkan eskalasi.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log</source>
        <translation>Catat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these minutes to the time spent on this ticket</source>
        <translation>Tambahkan menit ini ke waktu penanganan tiket ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assignee</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handle time</source>
        <translation>Waktu penanganan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Customer satisfaction %1 of 5</source>
        <translation>Kepuasan pelanggan %1 dari 5</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>opened %1</source>
        <translation>dibuka %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Resolve…</source>
        <translation>Selesaikan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for customer…</source>
        <translation>Tunggu pelanggan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalate…</source>
        <translation>Eskalasi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to open…</source>
        <translation>Kembalikan ke terbuka…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close…</source>
        <translation>Tutup…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How satisfied the customer was, 1 to 5</source>
        <translation>Seberapa puas pelanggan, 1 sampai 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked once the ticket is resolved</source>
        <translation>Ditanyakan setelah tiket terselesaikan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History (%1)</source>
        <translation>Riwayat (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resolve %1</source>
        <translation>Selesaikan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the customer on %1</source>
        <translation>Tunggu pelanggan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set pending</source>
        <translation>Tandai menunggu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen %1</source>
        <translation>Buka kembali %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to open: %1</source>
        <translation>Kembalikan ke terbuka: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set open</source>
        <translation>Tandai terbuka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close %1</source>
        <translation>Tutup %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note (optional)</source>
        <translation>Catatan (opsional)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Escalate %1</source>
        <translation>Eskalasi %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalate</source>
        <translation>Eskalasi</translation>
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
    <name>rapi::TicketQueueModel</name>
    <message>
        <location filename="../ui/tickets/ticketqueuemodel.cpp" line="+37"/>
        <source>Business time left on the current target (first response, then resolution)</source>
        <translation>Sisa jam kerja untuk target saat ini (respons pertama, lalu penyelesaian)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touchpoint</source>
        <translation>Titik kontak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>80% of the target has passed: consider escalating.</source>
        <translation>80% waktu target sudah lewat: pertimbangkan eskalasi.</translation>
    </message>
</context>
<context>
    <name>rapi::TicketRepository</name>
    <message>
        <location filename="../core/tickets/ticketrepository.cpp" line="+224"/>
        <source>Ticket %1 does not exist.</source>
        <translation>Tiket %1 tidak ada.</translation>
    </message>
</context>
<context>
    <name>rapi::TicketService</name>
    <message>
        <location filename="../core/tickets/ticketservice.cpp" line="+42"/>
        <location line="+416"/>
        <source>Ticket %1 does not exist.</source>
        <translation>Tiket %1 tidak ada.</translation>
    </message>
    <message>
        <location line="-378"/>
        <location line="+233"/>
        <source>Someone else changed ticket %1 meanwhile. Nothing was changed; look at it again and retry.</source>
        <translation>Orang lain telah mengubah tiket %1 sementara itu. Tidak ada yang diubah; periksa kembali lalu coba lagi.</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Tickets can only be assigned to an active user.</source>
        <translation>Tiket hanya dapat ditugaskan ke pengguna yang aktif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets can only be assigned to the owner or CS staff.</source>
        <translation>Tiket hanya dapat ditugaskan ke pemilik atau staf CS.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+62"/>
        <source>A message cannot be empty.</source>
        <translation>Pesan tidak boleh kosong.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ticket %1 is %2. Reopen it before logging messages.</source>
        <translation>Tiket %1 berstatus %2. Buka kembali tiket sebelum mencatat pesan.</translation>
    </message>
    <message>
        <location filename="../core/demo/democrm.cpp" line="+257"/>
        <location filename="../core/tickets/ticketservice.cpp" line="+14"/>
        <source>The customer answered.</source>
        <translation>Pelanggan sudah menjawab.</translation>
    </message>
    <message>
        <location filename="../core/tickets/ticketservice.cpp" line="+13"/>
        <source>The template version %1 does not exist.</source>
        <translation>Versi templat %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ticket %1 cannot go from “%2” to “%3”.</source>
        <translation>Tiket %1 tidak dapat berpindah dari “%2” ke “%3”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the ticket is escalated.</source>
        <translation>Sebutkan alasan tiket dieskalasi.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Handle time must be between 1 second and 24 hours.</source>
        <translation>Waktu penanganan harus antara 1 detik dan 24 jam.</translation>
    </message>
    <message>
        <location line="+28"/>
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
    <name>rapi::TicketsTab</name>
    <message>
        <location filename="../ui/tickets/ticketstab.cpp" line="+121"/>
        <source>Search ticket number, subject, category, customer or phone</source>
        <translation>Cari nomor tiket, subjek, kategori, pelanggan, atau telepon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open tickets</source>
        <translation>Tiket aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every ticket not resolved or closed</source>
        <translation>Semua tiket yang belum terselesaikan atau ditutup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All priorities</source>
        <translation>Semua prioritas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All touchpoints</source>
        <translation>Semua titik kontak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Tiket saya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the queue again (F5)</source>
        <translation>Muat ulang antrean (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ticket…</source>
        <translation>Tiket baru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a ticket from a phone call or a message (Ctrl+Shift+T)</source>
        <translation>Catat tiket dari telepon atau pesan (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Customer history</source>
        <translation>Riwayat pelanggan</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+197"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>all statuses</source>
        <translation>semua status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no category</source>
        <translation>tanpa kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category “%1”</source>
        <translation>kategori “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SLA breached</source>
        <translation>melanggar SLA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created %1</source>
        <translation>dibuat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved %1</source>
        <translation>diselesaikan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln tiket</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>SOP · %1</source>
        <translation>SOP · %1</translation>
    </message>
</context>
<context>
    <name>rapi::Touchpoint</name>
    <message>
        <location filename="../core/tickets/ticketenums.cpp" line="-92"/>
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
        <location line="+37"/>
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
    <name>rapi::TrendChart</name>
    <message>
        <location filename="../ui/dashboard/charts/trendchart.cpp" line="+28"/>
        <source>SLA breaches</source>
        <translation>Pelanggaran SLA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First contact resolution</source>
        <translation>Selesai di kontak pertama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average handle time</source>
        <translation>Rata-rata waktu penanganan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer satisfaction</source>
        <translation>Kepuasan pelanggan</translation>
    </message>
</context>
<context>
    <name>rapi::UsersPage</name>
    <message>
        <location filename="../ui/accounts/userspage.cpp" line="-244"/>
        <source>Change role</source>
        <translation>Ganti peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add user…</source>
        <translation>Tambah pengguna…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (you)</source>
        <translation>%1 (Anda)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password yet</source>
        <translation>Belum ada kata sandi</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Added %1; they can sign in now.</source>
        <translation>%1 ditambahkan; sekarang bisa masuk.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is now %2.</source>
        <translation>%1 sekarang %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new password for %1. Tell it to them in person; they can change it later.</source>
        <translation>Kata sandi baru untuk %1. Sampaikan langsung kepadanya; nanti bisa diganti sendiri.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New password set for %1.</source>
        <translation>Kata sandi baru untuk %1 disimpan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deactivate user</source>
        <translation>Nonaktifkan pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate %1? They can no longer sign in; their orders, notes and history keep their name.</source>
        <translation>Nonaktifkan %1? Ia tidak bisa masuk lagi; pesanan, catatan, dan riwayatnya tetap memakai namanya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is deactivated.</source>
        <translation>%1 dinonaktifkan.</translation>
    </message>
</context>
<context>
    <name>rapi::VersionHistoryView</name>
    <message>
        <location filename="../ui/templates/versionhistoryview.cpp" line="+27"/>
        <source>Restore this version</source>
        <translation>Pulihkan versi ini</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>shipped with Rapi</source>
        <translation>bawaan Rapi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 · %2 · %3</source>
        <translation>Versi %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored from version %1</source>
        <translation>dipulihkan dari versi %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>current</source>
        <translation>saat ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored from v%1</source>
        <translation>dipulihkan dari v%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a version to see how the current one differs from it.</source>
        <translation>Pilih versi untuk melihat perbedaannya dengan versi saat ini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 is the current version.</source>
        <translation>Versi %1 adalah versi saat ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed from version %1 to the current version %2: lines added since in green, lines removed in red.</source>
        <translation>Perubahan dari versi %1 ke versi saat ini %2: baris yang ditambahkan berwarna hijau, baris yang dihapus berwarna merah.</translation>
    </message>
</context>
<context>
    <name>rapi::VersionedEditorPage</name>
    <message>
        <location filename="../ui/templates/versionededitorpage.cpp" line="+107"/>
        <location line="+58"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Earlier versions: compare and restore</source>
        <translation>Versi sebelumnya: bandingkan dan pulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+235"/>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Save as new version</source>
        <translation>Simpan sebagai versi baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the text as a new version (Ctrl+S); earlier versions stay in the history</source>
        <translation>Simpan teks sebagai versi baru (Ctrl+S); versi sebelumnya tetap ada di riwayat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+334"/>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <location line="-332"/>
        <location line="+255"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Back to the text</source>
        <translation>Kembali ke teks</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This cannot be renamed.</source>
        <translation>Nama ini tidak dapat diganti.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Your unsaved text is based on version %1; version %2 has been saved since.</source>
        <translation>Teks Anda yang belum disimpan berdasarkan versi %1; sejak itu versi %2 sudah disimpan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>deactivated</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate</source>
        <translation>Aktifkan lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer offer it; its versions are kept</source>
        <translation>Tidak lagi muncul sebagai pilihan; versinya tetap disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer it again</source>
        <translation>Munculkan lagi sebagai pilihan</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save or discard your changes before restoring a version.</source>
        <translation>Simpan atau buang perubahan Anda sebelum memulihkan versi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (deactivated)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your text is kept. Compare it with version %1 by %2 in History; to put your text after that version, keep yours and save again.</source>
        <translation>Teks Anda tetap ada. Bandingkan dengan versi %1 oleh %2 di Riwayat; untuk menjadikan teks Anda versi sesudah versi itu, pertahankan teks Anda lalu simpan lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep my text over version %1</source>
        <translation>Pakai teks saya sesudah versi %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved as version %1.</source>
        <translation>Disimpan sebagai versi %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving now makes your text the version after version %1.</source>
        <translation>Jika disimpan sekarang, teks Anda menjadi versi sesudah versi %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Throw away the unsaved text of “%1”?</source>
        <translation>Buang teks “%1” yang belum disimpan?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name</source>
        <translation>Nama baru</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Renamed to “%1”.</source>
        <translation>Nama diganti menjadi “%1”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is offered again.</source>
        <translation>“%1” kembali muncul sebagai pilihan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is deactivated: it is no longer offered, and its versions are kept. Tick “%2” to bring it back.</source>
        <translation>“%1” dinonaktifkan: tidak lagi muncul sebagai pilihan, dan versinya tetap disimpan. Centang “%2” untuk memunculkannya lagi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Version %1 restored: it is now version %2.</source>
        <translation>Versi %1 dipulihkan: sekarang menjadi versi %2.</translation>
    </message>
</context>
<context>
    <name>rapi::WeeklyReport</name>
    <message>
        <location filename="../core/reports/reportcsv.cpp" line="+64"/>
        <location line="+3"/>
        <location filename="../core/reports/reportxlsx.cpp" line="+180"/>
        <source>Cannot write “%1”: %2</source>
        <translation>Tidak dapat menulis “%1”: %2</translation>
    </message>
    <message>
        <location filename="../core/reports/reportxlsx.cpp" line="-34"/>
        <source>Gross sales per day by channel</source>
        <translation>Penjualan kotor per hari per kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross sales per week</source>
        <translation>Penjualan kotor per minggu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weekly report</source>
        <translation>Laporan mingguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/reports/weeklyreportbuilder.cpp" line="+217"/>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with</source>
        <translation>Dibandingkan dengan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures “now” as of</source>
        <translation>Angka “sekarang” per</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the workbook could not be created</source>
        <translation>buku kerja tidak dapat dibuat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../core/reports/weeklyreport.cpp" line="+127"/>
        <source>%1 d %2 h</source>
        <translation>%1 hr %2 j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <location filename="../core/reports/weeklyreportbuilder.cpp" line="-185"/>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous week</source>
        <translation>Minggu sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Key figures</source>
        <translation>Angka utama</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+139"/>
        <location line="+29"/>
        <source>Orders in</source>
        <translation>Pesanan masuk</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Orders completed</source>
        <translation>Pesanan selesai</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+140"/>
        <location line="+25"/>
        <source>Gross sales</source>
        <translation>Penjualan kotor</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Gross sales, %1</source>
        <translation>Penjualan kotor, %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders in, %1</source>
        <translation>Pesanan masuk, %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tickets created</source>
        <translation>Tiket dibuat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets resolved</source>
        <translation>Tiket diselesaikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA breaches, first response</source>
        <translation>Pelanggaran SLA, respons pertama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SLA breaches, resolution</source>
        <translation>Pelanggaran SLA, penyelesaian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First contact resolution</source>
        <translation>Selesai di kontak pertama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average handle time</source>
        <translation>Rata-rata waktu penanganan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Kepuasan pelanggan (CSAT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bottleneck stage</source>
        <translation>Tahap hambatan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Right now</source>
        <translation>Saat ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Orders in progress</source>
        <translation>Pesanan dalam proses</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Stuck orders</source>
        <translation>Pesanan tertahan</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Products at or below their reorder point</source>
        <translation>Produk pada atau di bawah titik pesan ulang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open tickets</source>
        <translation>Tiket aktif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pipeline and time in stage</source>
        <translation>Alur pesanan dan waktu di tahap</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>In stage now</source>
        <translation>Di tahap sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck now</source>
        <translation>Tertahan sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left this week</source>
        <translation>Keluar minggu ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median, this week</source>
        <translation>Median, minggu ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median, previous week</source>
        <translation>Median, minggu sebelumnya</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bottleneck this week: %1 (its median stay is the largest share of its stuck threshold).</source>
        <translation>Hambatan minggu ini: %1 (median lama tinggalnya porsi terbesar dari batas tertahannya).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bottleneck this week: no stage with a stuck threshold was left by an order.</source>
        <translation>Tidak ada hambatan minggu ini: tidak ada pesanan yang keluar dari tahap yang punya batas tertahan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tickets by touchpoint</source>
        <translation>Tiket per titik kontak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touchpoint</source>
        <translation>Titik kontak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now</source>
        <translation>Aktif sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top categories this week</source>
        <translation>Kategori teratas minggu ini</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no category</source>
        <translation>tanpa kategori</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SLA breaches of the week&apos;s tickets: %1 first responses, %2 resolutions (previous week: %3, %4).</source>
        <translation>Pelanggaran SLA tiket minggu ini: %1 respons pertama, %2 penyelesaian (minggu sebelumnya: %3, %4).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Orders and gross sales per day</source>
        <translation>Pesanan dan penjualan kotor per hari</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+139"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Eight-week trend</source>
        <translation>Tren delapan minggu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tickets</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA breaches</source>
        <translation>Pelanggaran SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+43"/>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In stage for</source>
        <translation>Lama di tahap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No order is over its stage&apos;s stuck threshold.</source>
        <translation>Tidak ada pesanan yang melewati batas tertahan tahapnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 orders are stuck; the %2 placed first are listed.</source>
        <translation>%1 pesanan tertahan; %2 yang masuk paling awal dicantumkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders over their stage&apos;s stuck threshold now, placed first at the top.</source>
        <translation>Pesanan yang sekarang melewati batas tertahan tahapnya, yang masuk paling awal di atas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Critical stock and reorder list</source>
        <translation>Stok kritis dan daftar pesan ulang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder point</source>
        <translation>Titik pesan ulang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every product is above its reorder point.</source>
        <translation>Semua produk di atas titik pesan ulang.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s) to reorder, %1 at cost.</source>
        <translation>
            <numerusform>%n produk perlu dipesan ulang, %1 harga pokok.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team rhythm: review notes</source>
        <translation>Ritme tim: catatan tinjauan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review notes</source>
        <translation>Catatan tinjauan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No review notes for this week.</source>
        <translation>Tidak ada catatan tinjauan minggu ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team rhythm: check-ins</source>
        <translation>Ritme tim: check-in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done yesterday</source>
        <translation>Selesai kemarin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blockers</source>
        <translation>Hambatan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No check-ins this week.</source>
        <translation>Tidak ada check-in minggu ini.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in(s) this week, %1 with blockers.</source>
        <translation>
            <numerusform>%n check-in minggu ini, %1 dengan hambatan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team rhythm: tasks</source>
        <translation>Ritme tim: tugas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocker</source>
        <translation>Hambatan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Done this week</source>
        <translation>Selesai minggu ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked</source>
        <translation>Terhambat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue at the end of the week</source>
        <translation>Terlambat di akhir minggu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No task was done, blocked or overdue this week.</source>
        <translation>Tidak ada tugas yang selesai, terhambat, atau terlambat minggu ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks done this week, blocked now, and overdue on Sunday evening.</source>
        <translation>Tugas yang selesai minggu ini, terhambat sekarang, dan terlambat pada Minggu malam.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” is not an ISO week like 2026-W47 (year, “W”, week 1 to 52 or 53).</source>
        <translation>“%1” bukan minggu ISO seperti 2026-W47 (tahun, “W”, minggu 1 sampai 52 atau 53).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The weekly report covers one ISO week, Monday to Sunday.</source>
        <translation>Laporan mingguan mencakup satu minggu ISO, Senin sampai Minggu.</translation>
    </message>
</context>
<context>
    <name>rapi::WeeklyReportDialog</name>
    <message>
        <location filename="../ui/reports/weeklyreportdialog.cpp" line="+32"/>
        <source>Weekly report</source>
        <translation>Laporan mingguan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Week:</source>
        <translation>&amp;Minggu:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save as &amp;PDF…</source>
        <translation>Simpan sebagai &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as E&amp;xcel (XLSX)…</source>
        <translation>Simpan sebagai E&amp;xcel (XLSX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;CSV…</source>
        <translation>Simpan sebagai &amp;CSV…</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved %1.</source>
        <translation>%1 disimpan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly-report-%1</source>
        <translation>laporan-mingguan-%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the weekly report</source>
        <translation>Simpan laporan mingguan</translation>
    </message>
</context>
<context>
    <name>rapi::WeeklyReportPages</name>
    <message>
        <location filename="../ui/reports/reportcharts.cpp" line="+45"/>
        <source>Rp %1 bn</source>
        <translation>Rp %1 M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rp %1 M</source>
        <translation>Rp %1 jt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rp %1 k</source>
        <translation>Rp %1 rb</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Orders per day</source>
        <translation>Pesanan per hari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross sales per day</source>
        <translation>Penjualan kotor per hari</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Median time in stage (hours)</source>
        <translation>Median waktu di tahap (jam)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous week</source>
        <translation>Minggu sebelumnya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stuck threshold</source>
        <translation>Batas tertahan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gross sales per week; the number of orders above each bar</source>
        <translation>Penjualan kotor per minggu; jumlah pesanan di atas tiap batang</translation>
    </message>
    <message>
        <location filename="../ui/reports/weeklyreportpages.cpp" line="+193"/>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <location line="+131"/>
        <location line="+16"/>
        <source>Cannot write “%1”: %2</source>
        <translation>Tidak dapat menulis “%1”: %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+90"/>
        <source>Weekly report %1</source>
        <translation>Laporan mingguan %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Weekly report</source>
        <translation>Laporan mingguan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weekly report · %1</source>
        <translation>Laporan mingguan · %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Made with Rapi on %1</source>
        <translation>Dibuat dengan Rapi pada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Compared with %1 (%2). Figures “now” as of %3.</source>
        <translation>Dibandingkan dengan %1 (%2). Angka “sekarang” per %3.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Previous week: %1</source>
        <translation>Minggu sebelumnya: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
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
    <name>rapi::activefilter</name>
    <message>
        <location filename="../ui/dashboard/activefilterbar.cpp" line="+22"/>
        <source>Clear filter</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Showing only: %1</source>
        <translation>Hanya menampilkan: %1</translation>
    </message>
</context>
<context>
    <name>rapi::cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="+195"/>
        <location filename="../app/cli/main.cpp" line="+89"/>
        <source>Run “rapi-cli --help” for the commands.</source>
        <translation>Jalankan “rapi-cli --help” untuk melihat daftar perintah.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--apply-stock goes with “import orders” only.</source>
        <translation>--apply-stock hanya dapat digunakan dengan “import orders”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” does not exist.</source>
        <translation>Berkas “%1” tidak ada.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+8"/>
        <source>kpi needs --from YYYY-MM-DD and --to YYYY-MM-DD.</source>
        <translation>kpi memerlukan --from YYYY-MM-DD dan --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+207"/>
        <source>Tickets created: %1, resolved: %2</source>
        <translation>Tiket dibuat: %1, terselesaikan: %2</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Open tickets by touchpoint:</source>
        <translation>Tiket aktif per titik kontak:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SLA breaches: first response %1, resolution %2</source>
        <translation>Pelanggaran SLA: respons pertama %1, penyelesaian %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FCR: %1, AHT: %2, CSAT: %3</source>
        <translation>FCR: %1, AHT: %2, CSAT: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--%1 “%2” is not a date like %3.</source>
        <translation>--%1 “%2” bukan tanggal seperti %3.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Import what? Use “import products|orders|customers|tickets FILE.csv”.</source>
        <translation>Impor apa? Gunakan “import products|orders|customers|tickets BERKAS.csv”.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>--to must be after --from (--to is the first day not counted).</source>
        <translation>--to harus setelah --from (--to adalah hari pertama yang tidak dihitung).</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+48"/>
        <source>Orders done: %1</source>
        <translation>Pesanan selesai: %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Gross sales: %1</source>
        <translation>Penjualan kotor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending by stage (stuck):</source>
        <translation>Menunggu per tahap (tertahan):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time in stage (orders that left it in the period):</source>
        <translation>Waktu per tahap (pesanan yang keluar dari tahap itu dalam periode ini):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 left; average %2, median %3</source>
        <translation>%1 keluar; rata-rata %2, median %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bottleneck: %1</source>
        <translation>Hambatan terbesar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>Critical stock: %1</source>
        <translation>Stok kritis: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Daily recap for %1</source>
        <translation>Rekap harian %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders in: %1 (gross sales %2)</source>
        <translation>Pesanan masuk: %1 (penjualan kotor %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SLA breaches of that day&apos;s tickets: first response %1, resolution %2</source>
        <translation>Pelanggaran SLA tiket hari itu: respons pertama %1, penyelesaian %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now, %1:</source>
        <translation>Saat ini, %1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stuck orders: %1. Pending by stage (stuck):</source>
        <translation>Pesanan tertahan: %1. Menunggu per tahap (tertahan):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 available, reorder point %2</source>
        <translation>%1 tersedia, titik pesan ulang %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tickets: %1, of which %2 past their SLA target</source>
        <translation>Tiket aktif: %1, %2 di antaranya melewati target SLA</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+10"/>
        <source>Demo shop created: %1 products, %2 customers, %3 orders with %4 lines.</source>
        <translation>Toko demo dibuat: %1 produk, %2 pelanggan, %3 pesanan dengan %4 baris.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: on hand is %2, but its stock movements add up to %3.</source>
        <translation>%1: stok fisik %2, tetapi total mutasi stoknya %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: reserved is %2, but the orders holding a reservation need %3.</source>
        <translation>%1: dipesan %2, tetapi pesanan yang memegang reservasi memerlukan %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The stock figures of %n product(s) disagree with the ledger.</source>
        <translation>
            <numerusform>Angka stok %n produk tidak sesuai dengan kartu stok.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>backup needs --out FILE (where to write the copy).</source>
        <translation>backup memerlukan --out BERKAS (tempat menyimpan salinan).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written: %1 (%2 KB).</source>
        <translation>Cadangan tersimpan: %1 (%2 KB).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+44"/>
        <source>Unknown language “%1”; use id or en.</source>
        <translation>Bahasa “%1” tidak dikenal; gunakan id atau en.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown command “%1”; use import, kpi, recap, demo, check, backup, report, init, user or audit.</source>
        <translation>Perintah “%1” tidak dikenal; gunakan import, kpi, recap, demo, check, backup, report, init, user atau audit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” takes no further arguments (got “%2”).</source>
        <translation>“%1” tidak menerima argumen tambahan (diberikan “%2”).</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Usage: rapi-cli --database FILE|URL [--lang id|en] COMMAND ...

Commands:
  import products FILE.csv [--dry-run]
      Add or update products from a CSV file.
  import orders FILE.csv [--apply-stock] [--dry-run]
      Add orders from a CSV file (one row per order line).
  import customers FILE.csv [--dry-run]
      Add or update customers from a CSV file.
  import tickets FILE.csv [--dry-run]
      Add CS tickets from a CSV file (one row per ticket).
  kpi --from YYYY-MM-DD --to YYYY-MM-DD [--json]
      Order, stock and ticket figures for [from, to); --to is exclusive.
  recap [--date YYYY-MM-DD]
      The daily recap of a day (default today) and of the state now.
  demo --orders N [--seed S]
      Fill an empty database with a demo shop.
  check
      Check the database and the stock ledger.
  backup --out FILE
      Write a consistent copy of a Rapi file while it is in use (owner only).
  report weekly [--week 2026-W47] --format pdf|csv|xlsx --out FILE
      The weekly report of an ISO week (default last week) beside the week before.
  init --owner NAME
      Create the owner account of a new database (password: RAPI_PASSWORD or asked).
  user add NAME --role owner|cs|warehouse|finance|vendor | user list | user deactivate NAME
      Manage accounts (owner only; a new password: RAPI_NEW_PASSWORD or asked).
  audit [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]
      The audit log (owner only).

Once a database has accounts, every command needs --user NAME and the password
(RAPI_PASSWORD or asked).

--database is a Rapi file or a postgresql://user:password@host:port/dbname URL.
Exit codes: 0 success, 1 bad input or refused, 2 wrong usage. See docs/cli.md.
</source>
        <translation>Penggunaan: rapi-cli --database BERKAS|URL [--lang id|en] PERINTAH ...

Perintah:
  import products BERKAS.csv [--dry-run]
      Menambah atau memperbarui produk dari berkas CSV.
  import orders BERKAS.csv [--apply-stock] [--dry-run]
      Menambah pesanan dari berkas CSV (satu baris per item pesanan).
  import customers BERKAS.csv [--dry-run]
      Menambah atau memperbarui pelanggan dari berkas CSV.
  import tickets BERKAS.csv [--dry-run]
      Menambah tiket CS dari berkas CSV (satu baris per tiket).
  kpi --from YYYY-MM-DD --to YYYY-MM-DD [--json]
      Angka pesanan, stok, dan tiket untuk [from, to); --to tidak termasuk.
  recap [--date YYYY-MM-DD]
      Rekap harian untuk satu hari (bawaan: hari ini) dan kondisi saat ini.
  demo --orders N [--seed S]
      Mengisi basis data kosong dengan toko demo.
  check
      Memeriksa basis data dan kartu stok.
  backup --out BERKAS
      Menulis salinan utuh berkas Rapi selagi dipakai (hanya pemilik).
  report weekly [--week 2026-W47] --format pdf|csv|xlsx --out BERKAS
      Laporan mingguan satu minggu ISO (bawaan: minggu lalu) di samping minggu sebelumnya.
  init --owner NAMA
      Membuat akun pemilik pada basis data baru (kata sandi: RAPI_PASSWORD atau ditanyakan).
  user add NAMA --role owner|cs|warehouse|finance|vendor | user list | user deactivate NAMA
      Mengelola akun (hanya pemilik; kata sandi baru: RAPI_NEW_PASSWORD atau ditanyakan).
  audit [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]
      Log audit (hanya pemilik).

Setelah basis data punya akun, setiap perintah memerlukan --user NAMA dan kata sandinya
(RAPI_PASSWORD atau ditanyakan).

--database berupa berkas Rapi atau URL postgresql://user:password@host:port/dbname.
Kode keluar: 0 berhasil, 1 masukan salah atau ditolak, 2 cara penggunaan salah. Lihat docs/cli.md.
</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Name a command: import, kpi, recap, demo, check, backup, report, init, user or audit.</source>
        <translation>Sebutkan perintah: import, kpi, recap, demo, check, backup, report, init, user atau audit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use: rapi-cli --database FILE report weekly --week 2026-W47 --format pdf|csv|xlsx --out FILE</source>
        <translation>Gunakan: rapi-cli --database BERKAS report weekly --week 2026-W47 --format pdf|csv|xlsx --out BERKAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use: rapi-cli --database FILE import products|orders|customers|tickets FILE.csv</source>
        <translation>Penggunaan: rapi-cli --database BERKAS import products|orders|customers|tickets BERKAS.csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 does not go with “%2”.</source>
        <translation>--%1 tidak dapat digunakan dengan “%2”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say which database to use: --database FILE or --database postgresql://…</source>
        <translation>Sebutkan basis data yang digunakan: --database BERKAS atau --database postgresql://…</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="+53"/>
        <source>Which report? Use “report weekly --week 2026-W47 --format pdf|csv|xlsx --out FILE”.</source>
        <translation>Laporan yang mana? Gunakan “report weekly --week 2026-W47 --format pdf|csv|xlsx --out BERKAS”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report needs --out FILE (where to save the report).</source>
        <translation>report memerlukan --out BERKAS (tempat menyimpan laporan).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown format “%1”; use --format pdf, csv or xlsx.</source>
        <translation>Format “%1” tidak dikenal; gunakan --format pdf, csv atau xlsx.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Folder “%1” tidak ada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a folder; name the file to write.</source>
        <translation>“%1” adalah folder; sebutkan berkas yang akan ditulis.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Weekly report %1 written to %2.</source>
        <translation>Laporan mingguan %1 ditulis ke %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/accountcommands.cpp" line="+53"/>
        <source>--%1 needs a date as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 memerlukan tanggal berbentuk YYYY-MM-DD, bukan “%2”.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This database has accounts: say who you are with --user NAME (the password comes from RAPI_PASSWORD or is asked).</source>
        <translation>Basis data ini punya akun: sebutkan siapa Anda dengan --user NAMA (kata sandi dari RAPI_PASSWORD atau ditanyakan).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password for %1: </source>
        <translation>Kata sandi untuk %1: </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>init needs --owner NAME.</source>
        <translation>init memerlukan --owner NAMA.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This database already has an owner account; sign in as the owner to add users.</source>
        <translation>Basis data ini sudah punya akun pemilik; masuk sebagai pemilik untuk menambah pengguna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for %1: </source>
        <translation>Kata sandi baru untuk %1: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner account “%1” created. From now on every command needs --user %1.</source>
        <translation>Akun pemilik “%1” dibuat. Mulai sekarang setiap perintah memerlukan --user %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use: user add NAME --role ROLE | user list | user deactivate NAME</source>
        <translation>Gunakan: user add NAMA --role PERAN | user list | user deactivate NAMA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--role goes with “user add” only.</source>
        <translation>--role hanya dipakai bersama “user add”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>user add needs --role owner, cs, warehouse, finance or vendor.</source>
        <translation>user add memerlukan --role owner, cs, warehouse, finance atau vendor.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Password for the new user %1: </source>
        <translation>Kata sandi untuk pengguna baru %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User “%1” added as %2.</source>
        <translation>Pengguna “%1” ditambahkan sebagai %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User “%1” deactivated; their history stays.</source>
        <translation>Pengguna “%1” dinonaktifkan; riwayatnya tetap disimpan.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n entries as CSV</source>
        <translation>
            <numerusform>%n entri sebagai CSV</numerusform>
        </translation>
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
    <name>rapi::periodtext</name>
    <message>
        <location filename="../ui/dashboard/periodtext.cpp" line="+35"/>
        <source>from %1</source>
        <translation>sejak %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until %1</source>
        <translation>sampai %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yesterday</source>
        <translation>kemarin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last week</source>
        <translation>minggu lalu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>the week before</source>
        <translation>minggu sebelumnya</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>last month</source>
        <translation>bulan lalu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the month before</source>
        <translation>bulan sebelumnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day before</source>
        <translation>hari sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 days before</source>
        <translation>%1 hari sebelumnya</translation>
    </message>
</context>
<context>
    <name>rapi::tasklinks</name>
    <message>
        <location filename="../core/tasks/tasklinks.cpp" line="+31"/>
        <source>There is no ticket %1.</source>
        <translation>Tidak ada tiket %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the number or SKU to link, or choose “No link”.</source>
        <translation>Ketik nomor atau SKU yang ditautkan, atau pilih “Tanpa tautan”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no order %1.</source>
        <translation>Tidak ada pesanan %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no product with the SKU %1.</source>
        <translation>Tidak ada produk dengan SKU %1.</translation>
    </message>
</context>
<context>
    <name>rapi::ticketformat</name>
    <message>
        <location filename="../ui/tickets/ticketformat.cpp" line="+27"/>
        <source>%1 m</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 m</source>
        <translation>%1 jam %2 mnt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>met</source>
        <translation>tercapai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed by %1</source>
        <translation>meleset %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue %1</source>
        <translation>terlambat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused · %1 left</source>
        <translation>dijeda · sisa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left</source>
        <translation>sisa %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>tenggat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First response</source>
        <translation>Respons pertama</translation>
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
