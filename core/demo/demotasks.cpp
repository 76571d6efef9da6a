#include "demo/demotasks.h"

#include "common/actor.h"
#include "common/clock.h"
#include "db/dbquery.h"
#include "tasks/tasklinks.h"
#include "tasks/taskservice.h"

#include <optional>
#include <vector>

namespace rapi {

namespace {

constexpr qint64 hour = 3600;

enum class Who { Owner, FirstCs, SecondCs, Nobody };
enum class Link { None, StuckOrder, OpenTicket, CriticalProduct, OtherCriticalProduct, ReturnedOrder };

struct DemoTask
{
    const char *title;
    Who who;
    std::optional<int> dueInDays; // from today; negative: overdue
    TaskStatus status;
    const char *blocker;
    Link link;
};

// Oldest first: the board shows a week of work in progress.
const DemoTask kTasks[] = {
    {"Kirim invoice reseller bulan November", Who::Owner, -3, TaskStatus::Done, "", Link::None},
    {"Balas ulasan bintang 1 di Shopee", Who::SecondCs, -1, TaskStatus::Done, "", Link::None},
    {"Cek selisih stok rak dan sistem", Who::Owner, -2, TaskStatus::Blocked,
     "Gudang belum sempat stock opname minggu ini", Link::CriticalProduct},
    {"Pesan ulang stok ke supplier", Who::Owner, 2, TaskStatus::Blocked,
     "Menunggu konfirmasi harga baru dari supplier", Link::OtherCriticalProduct},
    {"Follow up pesanan yang tertahan di tahap dibayar", Who::FirstCs, -1, TaskStatus::Todo, "",
     Link::StuckOrder},
    {"Selesaikan komplain pelanggan sebelum SLA habis", Who::SecondCs, 0, TaskStatus::Doing, "",
     Link::OpenTicket},
    {"Rekap retur minggu ini untuk finance", Who::SecondCs, 1, TaskStatus::Todo, "", Link::ReturnedOrder},
    {"Perbarui templat balasan ongkir", Who::FirstCs, std::nullopt, TaskStatus::Doing, "", Link::None},
    {"Siapkan konten promo 12.12", Who::FirstCs, 5, TaskStatus::Todo, "", Link::None},
    {"Konfirmasi transfer yang masuk pagi ini", Who::FirstCs, 0, TaskStatus::Done, "", Link::None},
    {"Foto produk baru untuk katalog", Who::Nobody, 7, TaskStatus::Todo, "", Link::None},
    {"Rapikan label rak gudang", Who::Nobody, std::nullopt, TaskStatus::Todo, "", Link::None},
};

struct DemoCheckIn
{
    Who who;
    int daysAgo;
    const char *done;
    const char *focus;
    const char *blockers;
};

const DemoCheckIn kCheckIns[] = {
    {Who::Owner, 1, "Cek laporan mingguan, bayar tagihan kurir", "Nego harga dengan supplier hijab", ""},
    {Who::FirstCs, 1, "Balas 40 chat Shopee, 6 tiket selesai", "Kejar pesanan yang belum dikirim", ""},
    {Who::SecondCs, 1, "Rekap komplain pengiriman", "Tiket eskalasi dan ulasan buruk",
     "Kurir belum balas klaim paket hilang"},
    {Who::Owner, 0, "Nego harga supplier, harga baru belum final", "Rencana promo 12.12 dan stok", ""},
    {Who::FirstCs, 0, "Semua chat kemarin terbalas", "Follow up pesanan tertahan dan templat ongkir",
     "Printer label habis tinta, resi dicatat manual dulu"},
};

const char kReview[] = "Yang macet: pesanan dibayar menumpuk di tahap proses hari Senin.\n"
                       "Kenapa: printer label rusak dan hanya satu orang packing.\n"
                       "Minggu depan: cadangan tinta printer di gudang, CS bantu packing saat pesanan ramai.";

std::optional<qint64> firstId(Database &db, const QString &sql)
{
    DbQuery q(db, sql);
    if (q.exec() && q.next())
        return q.int64(0);
    return std::nullopt;
}

} // namespace

Result<DemoRhythm> writeDemoRhythm(Database &db, qint64 now)
{
    // The people: the owner and (up to) two CS accounts; without CS people the owner does it all.
    std::vector<Actor> people;
    DbQuery q(db, QStringLiteral("SELECT id, display_name, role FROM users WHERE active = 1 AND role IN "
                                 "('owner', 'cs') ORDER BY CASE WHEN role = 'owner' THEN 0 ELSE 1 END, id"));
    if (!q.exec())
        return q.error();
    while (q.next() && people.size() < 3)
        people.push_back(
            Actor{q.int64(0), q.text(1), q.text(2) == QLatin1String("owner") ? Role::Owner : Role::Cs});
    if (people.empty() || people.front().role != Role::Owner)
        return DemoRhythm{}; // no owner account: nobody to plan the work
    auto person = [&](Who who) -> std::optional<Actor> {
        if (who == Who::Nobody)
            return std::nullopt;
        const size_t index = size_t(who);
        return index < people.size() ? people[index] : people.front();
    };

    const std::optional<qint64> links[] = {
        std::nullopt,
        firstId(db,
                QStringLiteral("SELECT id FROM orders WHERE stage = 'paid' ORDER BY placed_at, id LIMIT 1")),
        firstId(db, QStringLiteral("SELECT id FROM tickets WHERE status IN ('open', 'escalated') ORDER BY id "
                                   "DESC LIMIT 1")),
        firstId(db, QStringLiteral("SELECT id FROM products WHERE active = 1 AND on_hand - reserved <= "
                                   "reorder_point ORDER BY id LIMIT 1")),
        firstId(db, QStringLiteral("SELECT id FROM products WHERE active = 1 AND on_hand - reserved <= "
                                   "reorder_point ORDER BY id DESC LIMIT 1")),
        firstId(db,
                QStringLiteral("SELECT id FROM orders WHERE stage = 'returned' ORDER BY placed_at DESC, id "
                               "LIMIT 1")),
    };

    ManualClock clock(now);
    const QDate today = tasklinks::today(clock);
    TaskService tasks(db, clock);
    const Actor owner = people.front();
    DemoRhythm written;
    const qint64 count = qint64(std::size(kTasks));
    for (qint64 i = 0; i < count; ++i) {
        const DemoTask &d = kTasks[i];
        // Planned over the last week, moved along a few hours later.
        clock.set(now - (7 * 24 - 12 * i) * hour);
        Task task;
        task.title = QString::fromUtf8(d.title);
        if (const auto who = person(d.who))
            task.assigneeId = who->userId;
        if (d.dueInDays)
            task.due = today.addDays(*d.dueInDays);
        const std::optional<qint64> link = links[int(d.link)];
        if (d.link == Link::StuckOrder || d.link == Link::ReturnedOrder)
            task.orderId = link;
        else if (d.link == Link::OpenTicket)
            task.ticketId = link;
        else if (d.link == Link::CriticalProduct || d.link == Link::OtherCriticalProduct)
            task.productId = link;
        auto id = tasks.create(task, owner);
        if (!id)
            return Error{id.error()};
        ++written.tasks;
        if (d.status == TaskStatus::Todo)
            continue;
        clock.advance(3 * hour);
        const Actor mover = person(d.who).value_or(owner);
        if (Status moved = tasks.setStatus(id.value(), d.status, QString::fromUtf8(d.blocker), mover); !moved)
            return Error{moved.error()};
    }

    for (const DemoCheckIn &c : kCheckIns) {
        const Actor who = person(c.who).value_or(owner);
        if (c.who != Who::Owner && who.userId == owner.userId)
            continue; // no CS people: only the owner's own check-ins
        clock.set(now - c.daysAgo * 24 * hour - hour);
        Status saved = tasks.checkIn(today.addDays(-c.daysAgo), QString::fromUtf8(c.done),
                                     QString::fromUtf8(c.focus), QString::fromUtf8(c.blockers), who);
        if (!saved)
            return Error{saved.error()};
        ++written.checkIns;
    }

    clock.set(now - 5 * 24 * hour);
    if (Status reviewed = tasks.saveReview(today.addDays(-7), QString::fromUtf8(kReview), owner); !reviewed)
        return Error{reviewed.error()};
    return written;
}

} // namespace rapi
