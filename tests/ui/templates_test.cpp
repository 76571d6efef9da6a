// The Templates & SOPs tab as the owner uses it: write a template while watching the preview
// fill it with a real order, save versions, run into someone else's save, restore an old
// version, and write an SOP that then shows beside the orders of its stage.
#include "common/language.h"
#include "common/messagebanner.h"
#include "common/theme.h"
#include "db/dbquery.h"
#include "orders/orderdetailpanel.h"
#include "orders/orderstab.h"
#include "templates/newsopdialog.h"
#include "templates/placeholderhighlighter.h"
#include "templates/soppanel.h"
#include "templates/soprepository.h"
#include "templates/sopspage.h"
#include "templates/templatepreview.h"
#include "templates/templaterepository.h"
#include "templates/templatespage.h"
#include "templates/templatestab.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QTreeWidget>

using namespace rapi;
using namespace rapi::test;

namespace {

constexpr Money kRupiah = 100;

TemplatesPage *openTemplates(UiFixture &f)
{
    f.openWindow();
    f.goToTab(MainWindow::Tab::Templates);
    return f.window->templatesTab()->templatesPage();
}

// Clicks the list row whose name starts with `name`.
void pick(VersionedEditorPage *page, const QString &name)
{
    QTreeWidget *list = page->list();
    QList<QTreeWidgetItem *> items;
    for (QTreeWidgetItem *item : list->findItems(name, Qt::MatchStartsWith | Qt::MatchRecursive)) {
        if (item->parent()) // not a group's title
            items << item;
    }
    INFO("no list row " << name.toStdString());
    REQUIRE(items.size() == 1);
    list->scrollToItem(items.first());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
    REQUIRE(list->currentItem() == items.first());
}

// Types text with line breaks (Return between the lines) where the cursor is.
void typeLines(QPlainTextEdit *editor, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
}

// Types at the end of the editor, the way a person adds to a text.
void typeAtEnd(QPlainTextEdit *editor, const QString &text)
{
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    typeLines(editor, text);
}

// Replaces the text of a plain text field: select all, then type.
void typeText(QPlainTextEdit *editor, const QString &text)
{
    REQUIRE(editor);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    typeLines(editor, text);
}

// The colour the highlighter gives the character at `position` of the editor's text.
QColor markAt(QPlainTextEdit *editor, int position)
{
    const QTextBlock block = editor->document()->findBlock(position);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        const int at = position - block.position();
        if (at >= range.start && at < range.start + range.length)
            return range.format.background().color();
    }
    return {};
}

QString bannerText(VersionedEditorPage *page)
{
    return page->banner()->text();
}

QPushButton *button(QWidget *root, const char *name)
{
    auto *found = waitForVisible<QPushButton>(root, QString::fromLatin1(name));
    INFO("no visible button " << name);
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("typing in a template updates the preview, and unknown and empty placeholders are marked and named")
{
    UiFixture f;
    const qint64 kaos = f.addProduct(QStringLiteral("KAOS-01"), 89000 * kRupiah, 10);
    const qint64 shipped = f.placeOrder({{kaos, 1, std::nullopt, 0}});
    f.bringTo(shipped, OrderStage::Shipped, PaymentMethod::Transfer);
    f.clock.advance(60);
    f.placeOrder({{kaos, 2, std::nullopt, 0}}); // the most recent order: not shipped yet
    DbQuery q(*f.db);
    REQUIRE(
        q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('business_name', 'Toko Rapi')")));

    TemplatesPage *page = openTemplates(f);
    pick(page, QStringLiteral("Status pesanan dikirim"));
    QPlainTextEdit *editor = page->editor();
    TemplatePreview *preview = page->preview();

    // By default the preview takes the most recent order, which has no courier or tracking yet:
    // it names them instead of showing a half-filled message, and the editor marks them.
    REQUIRE(preview->subject().has_value());
    CHECK(preview->subject()->label.startsWith(QStringLiteral("ORD-000002")));
    CHECK(preview->renderedText().isEmpty());
    CHECK(preview->problem().contains(
        QStringLiteral("No value for: {{order.courier}}, {{order.tracking_number}}.")));
    const int tracking = int(editor->toPlainText().indexOf(QStringLiteral("{{order.tracking_number}}")));
    REQUIRE(tracking > 0);
    INFO("mark " << markAt(editor, tracking + 3).name().toStdString() << " missing "
                 << QStringList(preview->missingKeys().values()).join(QLatin1Char(',')).toStdString());
    CHECK(markAt(editor, tracking + 3) ==
          PlaceholderHighlighter::format(PlaceholderHighlighter::Mark::Missing).background().color());

    // The shipped order fills everything.
    typeInto(waitForVisible<QLineEdit>(page, QStringLiteral("previewSubjectEdit")),
             QStringLiteral("ORD-000001"));
    QTest::keyClick(page->findChild<QLineEdit *>(QStringLiteral("previewSubjectEdit")), Qt::Key_Return);
    REQUIRE(preview->subject()->label.startsWith(QStringLiteral("ORD-000001")));
    CHECK(preview->problem().isEmpty());
    CHECK(preview->renderedText().contains(
        QStringLiteral("ORD-000001 sudah dikirim dengan JNE, nomor resi JNE123.")));
    CHECK(markAt(editor, tracking + 3) ==
          PlaceholderHighlighter::format(PlaceholderHighlighter::Mark::Known).background().color());

    typeAtEnd(editor, QStringLiteral("\nSampai jumpa!"));
    CHECK(preview->renderedText().endsWith(QStringLiteral("berbelanja di Toko Rapi.\nSampai jumpa!")));

    typeAtEnd(editor, QStringLiteral(" {{order.nomor}}"));
    CHECK(preview->renderedText().isEmpty());
    CHECK(preview->problem().contains(QStringLiteral("Unknown placeholders: {{order.nomor}}.")));
    CHECK(waitForVisible<QLabel>(page, QStringLiteral("previewProblem")));
    CHECK_FALSE(page->findChild<QPlainTextEdit *>(QStringLiteral("previewText"))->isVisible());
    const int unknown = int(editor->toPlainText().indexOf(QStringLiteral("{{order.nomor}}")));
    CHECK(markAt(editor, unknown + 2) == theme::criticalBackground());

    // A placeholder from the catalogue goes in at the cursor.
    QTreeWidget *catalogue = page->catalogue();
    const auto items = catalogue->findItems(QStringLiteral("{{order.total}}"), Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    QTest::mouseClick(catalogue->viewport(), Qt::LeftButton, {},
                      catalogue->visualItemRect(items.first()).center());
    editor->moveCursor(QTextCursor::Start);
    click(button(page, "insertPlaceholderButton"));
    CHECK(editor->toPlainText().startsWith(QStringLiteral("{{order.total}}Halo Kak")));
}

TEST_CASE("saving makes version 2, and restoring version 1 makes version 3 with version 1's text")
{
    UiFixture f;
    TemplatesPage *page = openTemplates(f);
    pick(page, QStringLiteral("Pengingat pembayaran"));
    QPlainTextEdit *editor = page->editor();
    const QString v1 = editor->toPlainText();
    CHECK_FALSE(page->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());

    f.clock.advance(3600);
    typeAtEnd(editor, QStringLiteral("\nPS: pesanan dikirim setelah pembayaran masuk."));
    CHECK(waitForVisible<QLabel>(page, QStringLiteral("dirtyLabel")));
    click(button(page, "saveButton"));
    CHECK(bannerText(page) == QStringLiteral("Saved as version 2."));
    CHECK(labelText(page, QStringLiteral("versionLabel")).contains(QStringLiteral("Version 2 · Owner")));
    const qint64 id = *page->currentId();
    TemplateRepository repository(*f.db);
    REQUIRE(repository.versions(id, Actor::localOwner())->size() == 2);
    CHECK(repository.get(id, Actor::localOwner())->current.body ==
          v1 + QStringLiteral("\nPS: pesanan dikirim setelah pembayaran masuk."));
    CHECK_FALSE(page->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());

    // History: version 1 against the current one, then restore it.
    click(button(page, "historyButton"));
    QTableWidget *versions = page->history()->table();
    REQUIRE(waitUntil([&] { return versions->isVisible(); }));
    REQUIRE(versions->rowCount() == 2);
    CHECK(cellText(versions->model(), 0, 0) == QStringLiteral("v2"));
    CHECK(cellText(versions->model(), 0, 3) == QStringLiteral("current"));
    REQUIRE(clickRow(versions, 0, QStringLiteral("v1")));
    QTextEdit *diff = page->history()->diffView();
    const QTextBlock added = diff->document()->lastBlock();
    CHECK(added.text() == QStringLiteral("+ PS: pesanan dikirim setelah pembayaran masuk."));
    CHECK(added.blockFormat().background().color() == QColor(0xe8, 0xf5, 0xec));
    CHECK(diff->document()->firstBlock().text().startsWith(QStringLiteral("  Halo Kak")));

    f.clock.advance(3600);
    click(button(page, "restoreButton"));
    CHECK(bannerText(page) == QStringLiteral("Version 1 restored: it is now version 3."));
    REQUIRE(versions->rowCount() == 3);
    CHECK(cellText(versions->model(), 0, 0) == QStringLiteral("v3"));
    CHECK(cellText(versions->model(), 0, 3) == QStringLiteral("current · restored from v1"));
    CHECK(repository.get(id, Actor::localOwner())->current.body == v1);
    CHECK(repository.get(id, Actor::localOwner())->current.number == 3);
    CHECK(editor->toPlainText() == v1);

    // Back in the editor, a removed line of an older version shows red in its diff.
    REQUIRE(clickRow(versions, 0, QStringLiteral("v2")));
    CHECK(diff->document()->lastBlock().text() ==
          QStringLiteral("− PS: pesanan dikirim setelah pembayaran masuk."));
    CHECK(diff->document()->lastBlock().blockFormat().background().color() == theme::criticalBackground());
}

TEST_CASE("a save based on an old version is refused clearly and the typed text is kept")
{
    UiFixture f;
    TemplatesPage *page = openTemplates(f);
    pick(page, QStringLiteral("Invoice"));
    QPlainTextEdit *editor = page->editor();
    const qint64 id = *page->currentId();
    typeAtEnd(editor, QStringLiteral("\nTerima kasih!"));
    const QString mine = editor->toPlainText();

    // Meanwhile someone else saves version 2.
    TemplateRepository repository(*f.db, f.clock);
    REQUIRE(
        repository.save(id, QStringLiteral("Invoice {{order.number}}: {{order.total}}"), 1, f.actor).ok());

    click(button(page, "saveButton"));
    CHECK(page->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(bannerText(page).contains(
        QStringLiteral("saved version 2 of “Invoice” meanwhile. Nothing was saved")));
    CHECK(editor->toPlainText() == mine);
    CHECK(repository.get(id, Actor::localOwner())->current.number == 2);
    CHECK(labelText(page, QStringLiteral("versionLabel")).contains(QStringLiteral("Version 2")));
    // Saving again without deciding is refused again; keeping my text over version 2 saves it.
    click(button(page, "saveButton"));
    CHECK(repository.get(id, Actor::localOwner())->current.number == 2);
    click(button(page, "keepMineButton"));
    click(button(page, "saveButton"));
    CHECK(bannerText(page) == QStringLiteral("Saved as version 3."));
    CHECK(repository.get(id, Actor::localOwner())->current.body == mine);
}

TEST_CASE("unsaved text survives switching to another template")
{
    UiFixture f;
    TemplatesPage *page = openTemplates(f);
    pick(page, QStringLiteral("Invoice"));
    typeAtEnd(page->editor(), QStringLiteral(" (draf)"));
    const QString draft = page->editor()->toPlainText();
    pick(page, QStringLiteral("Brief konten"));
    CHECK_FALSE(page->editor()->toPlainText().contains(QStringLiteral("(draf)")));
    CHECK(!page->list()
               ->findItems(QStringLiteral("Invoice  •"), Qt::MatchExactly | Qt::MatchRecursive)
               .isEmpty());
    pick(page, QStringLiteral("Invoice"));
    CHECK(page->editor()->toPlainText() == draft);
    CHECK(page->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
}

TEST_CASE("an SOP written for the paid stage shows in the detail panel of a paid order")
{
    UiFixture f;
    const qint64 kaos = f.addProduct(QStringLiteral("KAOS-01"), 89000 * kRupiah, 10);
    const qint64 order = f.placeOrder({{kaos, 1, std::nullopt, 0}});
    f.bringTo(order, OrderStage::Paid, PaymentMethod::Transfer);
    f.openWindow();
    f.goToTab(MainWindow::Tab::Orders);
    f.window->ordersTab()->selectOrder(order);
    OrderDetailPanel *detail = f.window->ordersTab()->detail();
    CHECK(waitForVisible<QLabel>(detail, QStringLiteral("sopEmptyLabel")));
    CHECK(labelText(detail, QStringLiteral("sopEmptyLabel")) == QStringLiteral("No SOP for this stage yet."));

    f.goToTab(MainWindow::Tab::Templates);
    click(button(f.window->templatesTab(), "sopsSwitch"));
    SopsPage *sops = f.window->templatesTab()->sopsPage();
    click(button(sops, "newButton"));
    auto *dialog = waitForVisible<NewSopDialog>(f.window.get());
    REQUIRE(dialog);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("sopTitleEdit")),
             QStringLiteral("Kemas pesanan lunas"));
    chooseByTyping(dialog->findChild<QComboBox *>(QStringLiteral("sopStageCombo")),
                   orderstage::displayName(OrderStage::Paid));
    // Steps are needed: the refusal is shown and the dialog keeps what was typed.
    typeText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("sopGoalEdit")),
             QStringLiteral("Barang sampai utuh"));
    click(dialog->findChild<QPushButton *>(QStringLiteral("createSopButton")));
    CHECK(labelText(dialog, QStringLiteral("errorLabel")).contains(QStringLiteral("steps")));
    REQUIRE(dialog->isVisible());
    typeText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("sopStepsEdit")),
             QStringLiteral("1. Cek pembayaran\n2. Bungkus bubble wrap\n3. Tempel label"));
    typeText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("sopDoneEdit")),
             QStringLiteral("Label tertempel"));
    click(dialog->findChild<QPushButton *>(QStringLiteral("createSopButton")));
    REQUIRE(waitUntil([&] { return sops->currentId().has_value(); }));
    CHECK(bannerText(sops) == QStringLiteral("SOP created as version 1."));
    CHECK(
        !sops->list()
             ->findItems(orderstage::displayName(OrderStage::Paid) + QStringLiteral(" · Kemas pesanan lunas"),
                         Qt::MatchExactly | Qt::MatchRecursive)
             .isEmpty());

    f.goToTab(MainWindow::Tab::Orders);
    auto *panel = detail->findChild<SopPanel *>();
    REQUIRE(panel);
    REQUIRE(waitForVisible<QLabel>(panel, QStringLiteral("sopTitleLabel")));
    CHECK(labelText(panel, QStringLiteral("sopTitleLabel")) == QStringLiteral("SOP: Kemas pesanan lunas"));
    CHECK(labelText(panel, QStringLiteral("sopGoalLabel")).contains(QStringLiteral("Barang sampai utuh")));
    CHECK(labelText(panel, QStringLiteral("sopStepsLabel"))
              .contains(QStringLiteral(
                  "<li>Cek pembayaran</li><li>Bungkus bubble wrap</li><li>Tempel label</li>")));
    CHECK(
        labelText(panel, QStringLiteral("sopVersionLabel")).startsWith(QStringLiteral("Version 1 · Owner")));
    CHECK_FALSE(panel->findChild<QLabel *>(QStringLiteral("sopEmptyLabel"))->isVisible());

    // The next stage has no SOP: the panel says so quietly.
    click(waitForVisible<QPushButton>(detail, QStringLiteral("stage:processing")));
    REQUIRE(waitForVisible<QLabel>(detail, QStringLiteral("sopEmptyLabel")));
    CHECK_FALSE(panel->findChild<QLabel *>(QStringLiteral("sopTitleLabel"))->isVisible());
}

// Not run by default: pictures of the tab for a person to look at.
//   RAPI_SCREENSHOT_DIR=/tmp/shots ui_templates "[screenshot]"
TEST_CASE("pictures of the templates tab", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("RAPI_SCREENSHOT_DIR");
    REQUIRE(!folder.isEmpty());
    REQUIRE(QDir().mkpath(folder));
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("id")}) {
        REQUIRE(language::install(lang));
        UiFixture f;
        const qint64 kaos = f.addProduct(QStringLiteral("KAOS-01"), 89000 * kRupiah, 10);
        const qint64 order = f.placeOrder({{kaos, 1, std::nullopt, 0}});
        f.bringTo(order, OrderStage::Paid, PaymentMethod::Transfer);
        REQUIRE(SopRepository(*f.db, f.clock)
                    .createForOrderStage(QStringLiteral("Kemas pesanan lunas"), OrderStage::Paid,
                                         {QStringLiteral("Barang sampai utuh dan benar"),
                                          QStringLiteral("1. Cek pembayaran masuk\n2. Cek ukuran dan warna\n"
                                                         "3. Bungkus bubble wrap\n4. Tempel label"),
                                          QStringLiteral("Paket siap dijemput kurir, label terbaca")},
                                         f.actor)
                    .ok());
        const QString prefix = QStringLiteral("%1/templates-%2-").arg(folder, lang);
        TemplatesPage *page = openTemplates(f);
        pick(page, QStringLiteral("Status pesanan dikirim"));
        typeAtEnd(page->editor(), QStringLiteral("\nSampai jumpa {{order.nomor}}"));
        QTest::qWait(100);
        REQUIRE(f.window->grab().save(prefix + QStringLiteral("editor.png")));
        pick(page, QStringLiteral("Pengingat pembayaran"));
        typeAtEnd(page->editor(), QStringLiteral("\nPS: dikirim setelah pembayaran masuk."));
        click(button(page, "saveButton"));
        click(button(page, "historyButton"));
        REQUIRE(clickRow(page->history()->table(), 0, QStringLiteral("v1")));
        QTest::qWait(100);
        REQUIRE(f.window->grab().save(prefix + QStringLiteral("history.png")));
        click(button(f.window->templatesTab(), "sopsSwitch"));
        QTest::qWait(100);
        REQUIRE(f.window->grab().save(prefix + QStringLiteral("sops.png")));
        f.goToTab(MainWindow::Tab::Orders);
        f.window->ordersTab()->selectOrder(order);
        QTest::qWait(100);
        REQUIRE(f.window->grab().save(prefix + QStringLiteral("order-sop.png")));
    }
    REQUIRE(language::install(QStringLiteral("en")));
}
