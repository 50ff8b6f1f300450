#include "indicators/indicatoreditor.h"
#include "indicators/indicatorspage.h"
#include "indicators/sitetargetspanel.h"
#include "models/indicatortablemodel.h"
#include "uitestsupport.h"

#include <QPushButton>
#include <QTableView>
#include <QSet>
#include <QTableWidget>
#include <QUndoStack>

using namespace UiTestSupport;

class TestIndicatorsPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<IndicatorsPage> m_page;

    template<typename T = QLineEdit>
    T *field(const char *name) const
    {
        return m_page->editor()->findChild<T *>(QLatin1StringView(name));
    }

    void clickRow(int row)
    {
        QTableView *view = m_page->view();
        const QModelIndex index = view->model()->index(row, IndicatorTableModel::Code);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    Indicator stored(const QString &code) const
    {
        for (const Indicator &i : m_session->indicators().indicators(m_session->programmeId()))
            if (i.code == code)
                return i;
        return {};
    }

private slots:
    void initTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void init() { QVERIFY(showPage(m_dir, QStringLiteral("ind%1.db").arg(++m_n), m_session, m_stack, m_page)); }

    void cleanup() { closePage(m_session, m_stack, m_page); }

    void editsTargetAndDisaggregationUndoably()
    {
        clickRow(0); // ANC4, total only
        QCOMPARE(field("code")->text(), QStringLiteral("ANC4"));
        retype(field("target"), QStringLiteral("92.5"));
        auto *options = field<QListWidget>("disaggregation");
        QCOMPARE(options->count(), 4);
        options->setFocus();
        options->setCurrentRow(0);
        QTest::keyClick(options, Qt::Key_Space); // tick "Girls, Han"
        QCOMPARE(options->item(0)->checkState(), Qt::Checked);
        QTest::mouseClick(m_page->editor()->findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
        QCOMPARE(stored(QStringLiteral("ANC4")).target, std::optional<double>(92.5));
        QCOMPARE(stored(QStringLiteral("ANC4")).optionIds.size(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("edit indicator ANC4"));
        m_stack->undo();
        QCOMPARE(stored(QStringLiteral("ANC4")).target, std::optional<double>(90));
        QVERIFY(stored(QStringLiteral("ANC4")).optionIds.isEmpty());
        QCOMPARE(field("target")->text(), QStringLiteral("90"));
        m_stack->redo();
        QCOMPARE(stored(QStringLiteral("ANC4")).optionIds.size(), 1);
    }

    void rejectsBadNumbersAndOutOfRangeTargets()
    {
        clickRow(0);
        auto *error = m_page->editor()->findChild<QLabel *>(QStringLiteral("error"));
        retype(field("baseline"), QStringLiteral("sixty"));
        QTest::keyClick(field("baseline"), Qt::Key_Return);
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("Baseline")), qPrintable(error->text()));
        retype(field("baseline"), QStringLiteral("60"));
        retype(field("target"), QStringLiteral("140"));
        QTest::keyClick(field("target"), Qt::Key_Return);
        QVERIFY2(error->text().contains(QStringLiteral("outside its valid range")), qPrintable(error->text()));
        QCOMPARE(stored(QStringLiteral("ANC4")).target, std::optional<double>(90));
        QCOMPARE(m_stack->count(), 0);
    }

    void setsSiteTargetsUndoably()
    {
        clickRow(8); // HOMEVISIT: remote pilot sites have their own target in the demo
        QCOMPARE(field("code")->text(), QStringLiteral("HOMEVISIT"));
        SiteTargetsPanel *panel = m_page->siteTargets();
        QVERIFY(panel->isVisible());
        auto *table = panel->findChild<QTableWidget *>(QStringLiteral("siteTargets"));
        const qint64 indicatorId = stored(QStringLiteral("HOMEVISIT")).meta.id;
        const int before = int(m_session->indicators().siteTargets(indicatorId).size());
        QCOMPARE(table->rowCount(), before);

        auto *site = panel->findChild<QComboBox *>(QStringLiteral("targetSite"));
        QSet<qint64> taken;
        for (const SiteTarget &t : m_session->indicators().siteTargets(indicatorId))
            taken.insert(t.siteId);
        QVERIFY(!taken.isEmpty());
        for (int i = 0; i < site->count(); ++i)
            if (!taken.contains(site->itemData(i).toLongLong()))
                site->setCurrentIndex(i);
        const qint64 siteId = site->currentData().toLongLong();
        QVERIFY(!taken.contains(siteId));
        auto *baseline = panel->findChild<QLineEdit *>(QStringLiteral("siteBaseline"));
        auto *target = panel->findChild<QLineEdit *>(QStringLiteral("siteTarget"));
        retype(baseline, QStringLiteral("4"));
        retype(target, QStringLiteral("lots"));
        QTest::keyClick(target, Qt::Key_Return);
        auto *error = panel->findChild<QLabel *>(QStringLiteral("siteTargetError"));
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("lots")), qPrintable(error->text()));
        retype(target, QStringLiteral("65"));
        QTest::keyClick(target, Qt::Key_Return);
        QVERIFY(!error->isVisible());
        auto targetOf = [&]() -> std::optional<double> {
            for (const SiteTarget &t : m_session->indicators().siteTargets(indicatorId))
                if (t.siteId == siteId)
                    return t.target;
            return std::nullopt;
        };
        QCOMPARE(targetOf(), std::optional<double>(65));
        QCOMPARE(m_stack->undoText(), QStringLiteral("set a site's baseline and target"));

        retype(target, QStringLiteral("70"));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("setSiteTarget")), Qt::LeftButton);
        QCOMPARE(targetOf(), std::optional<double>(70));
        QCOMPARE(m_stack->undoText(), QStringLiteral("change a site's baseline and target"));
        m_stack->undo();
        QCOMPARE(targetOf(), std::optional<double>(65));
        m_stack->undo();
        QCOMPARE(targetOf(), std::nullopt);
        QCOMPARE(table->rowCount(), before);
        m_stack->redo();
        QCOMPARE(targetOf(), std::optional<double>(65));
        QCOMPARE(table->rowCount(), before + 1);

        // Remove the row just set.
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 2)->text() == QStringLiteral("65"))
                table->selectRow(row);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("removeSiteTarget")), Qt::LeftButton);
        QCOMPARE(targetOf(), std::nullopt);
        // Set the removed site again with other values (this brings the removed row back), then
        // undo both: the site returns to 65, not to the values set in between.
        retype(target, QStringLiteral("80"));
        QTest::keyClick(target, Qt::Key_Return);
        QCOMPARE(targetOf(), std::optional<double>(80));
        m_stack->undo();
        QCOMPARE(targetOf(), std::nullopt);
        m_stack->undo();
        QCOMPARE(targetOf(), std::optional<double>(65));
    }

    void addsAndRemovesIndicators()
    {
        const int rows = m_page->model()->rowCount();
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addIndicator")), Qt::LeftButton);
        QTest::keyClicks(field("code"), QStringLiteral("WASH1"));
        retype(field("nameZh"), QStringLiteral("学校洗手设施覆盖率"));
        auto *type = field<QComboBox>("valueType");
        type->setCurrentIndex(type->findData(int(ValueType::Percentage)));
        QTest::keyClick(field("nameZh"), Qt::Key_Return);
        QCOMPARE(m_page->model()->rowCount(), rows + 1);
        QCOMPARE(stored(QStringLiteral("WASH1")).valueType, ValueType::Percentage);
        QCOMPARE(stored(QStringLiteral("WASH1")).name(), QStringLiteral("学校洗手设施覆盖率"));
        clickRow(m_page->model()->rowOf(stored(QStringLiteral("WASH1")).meta.id));
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("removeIndicator")), Qt::LeftButton);
        QCOMPARE(m_page->model()->rowCount(), rows);
        m_stack->undo();
        QCOMPARE(m_page->model()->rowCount(), rows + 1);
        m_stack->undo();
        QCOMPARE(m_page->model()->rowCount(), rows);
    }
};

QTEST_MAIN(TestIndicatorsPage)
#include "tst_indicatorspage.moc"
