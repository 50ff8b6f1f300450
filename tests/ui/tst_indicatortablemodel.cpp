#include "models/indicatortablemodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>

using namespace UiTestSupport;

class TestIndicatorTableModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void passesTheModelTesterAndShowsIndicators()
    {
        auto session = demoSession(m_dir);
        QVERIFY(session);
        IndicatorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session.get());
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.options().size(), 4);
        const int row = model.rowOf(session->indicators().indicators(session->programmeId()).first().meta.id);
        QCOMPARE(row, 0);
        QCOMPARE(model.index(0, IndicatorTableModel::Code).data().toString(), QStringLiteral("ANC4"));
        QCOMPARE(model.index(0, IndicatorTableModel::Type).data().toString(), QStringLiteral("Percentage"));
        QCOMPARE(model.index(0, IndicatorTableModel::Disaggregation).data().toString(), QStringLiteral("Total only"));
        const int fullimm = 1;
        QCOMPARE(model.index(fullimm, IndicatorTableModel::Disaggregation).data().toString(),
                 QStringLiteral("4 options by ethnicity × sex"));
        QCOMPARE(model.index(fullimm, IndicatorTableModel::Target).data().toString(), QStringLiteral("96"));
        QVERIFY(!model.index(fullimm, IndicatorTableModel::Name).data(Qt::ToolTipRole).toString().isEmpty());
        Indicator changed = *model.indicator(fullimm);
        changed.target = 97.5;
        QVERIFY(session->indicators().update(changed).ok());
        session->notify(Session::Entity::Indicator);
        QCOMPARE(model.index(fullimm, IndicatorTableModel::Target).data().toString(), QStringLiteral("97.5"));
        model.setSession(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestIndicatorTableModel)
#include "tst_indicatortablemodel.moc"
