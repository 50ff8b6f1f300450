#include "models/sitefilterproxymodel.h"
#include "models/sitetablemodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace UiTestSupport;

class TestSiteTableModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

private slots:
    void initTestCase()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_session = demoSession(m_dir);
        QVERIFY(m_session);
    }

    void passesTheModelTester()
    {
        SiteTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.columnCount(), int(SiteTableModel::ColumnCount));
        SiteFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSearchText(QStringLiteral("县"));
        proxy.setArm(Arm::Pilot);
        proxy.sort(SiteTableModel::Children, Qt::DescendingOrder);
        proxy.setArm(std::nullopt);
        proxy.setSearchText(QString());
        model.reload();
        model.retranslate();
        QCOMPARE(proxy.rowCount(), 20);
    }

    void showsSitesInTheInterfaceLanguage()
    {
        SiteTableModel model;
        model.setSession(m_session.get());
        const int row = model.rowOf(m_session->sites().sites(m_session->programmeId()).first().meta.id);
        const Site *site = model.site(row);
        QVERIFY(site);
        QCOMPARE(model.index(row, SiteTableModel::Name).data().toString(), site->nameEn);
        QCOMPARE(model.index(row, SiteTableModel::ArmColumn).data().toString(), Vocabulary::label(site->arm));
        QCOMPARE(model.headerData(SiteTableModel::Children, Qt::Horizontal).toString(), QStringLiteral("Children"));
        QCOMPARE(model.index(row, SiteTableModel::Children).data(SiteTableModel::SortRole).toInt(), site->childPopulation);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(model.index(row, SiteTableModel::Name).data().toString(), site->nameZh);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(headers.count(), 1);
    }

    void filtersByProvinceArmEquityAndText_data()
    {
        QTest::addColumn<QString>("province");
        QTest::addColumn<int>("arm");
        QTest::addColumn<int>("equity");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sql");
        QTest::newRow("Guizhou") << "Guizhou" << -1 << 0 << "" << "province_en = 'Guizhou'";
        QTest::newRow("comparison") << "" << int(Arm::Comparison) << 0 << "" << "arm = 'comparison'";
        QTest::newRow("minority pilot") << "" << int(Arm::Pilot) << int(SiteFilterProxyModel::Equity::EthnicMinorityArea) << ""
                                        << "arm = 'pilot' AND ethnic_minority_area = 1";
        QTest::newRow("poverty") << "" << -1 << int(SiteFilterProxyModel::Equity::PovertyCounty) << "" << "poverty_county = 1";
        QTest::newRow("urban") << "" << -1 << int(SiteFilterProxyModel::Equity::Urban) << "" << "locality = 'urban'";
        QTest::newRow("rural in Yunnan") << "Yunnan" << -1 << int(SiteFilterProxyModel::Equity::Rural) << ""
                                         << "province_en = 'Yunnan' AND locality = 'rural'";
        QTest::newRow("Chinese name") << "" << -1 << 0 << "元阳" << "name_zh LIKE '%元阳%'";
        QTest::newRow("code") << "" << -1 << 0 << "5325" << "code LIKE '%5325%'";
        QTest::newRow("English, any case") << "" << -1 << 0 << "county" << "name_en LIKE '%county%'";
    }
    void filtersByProvinceArmEquityAndText()
    {
        QFETCH(QString, province);
        QFETCH(int, arm);
        QFETCH(int, equity);
        QFETCH(QString, text);
        QFETCH(QString, sql);
        SiteTableModel model;
        model.setSession(m_session.get());
        SiteFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setProvince(province);
        proxy.setArm(arm < 0 ? std::nullopt : std::optional<Arm>(static_cast<Arm>(arm)));
        proxy.setEquity(static_cast<SiteFilterProxyModel::Equity>(equity));
        proxy.setSearchText(text);
        QSqlQuery q(m_session->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM site WHERE deleted = 0 AND ") + sql));
        QVERIFY(q.next());
        QCOMPARE(proxy.rowCount(), q.value(0).toInt());
        QVERIFY(proxy.rowCount() > 0);
    }

    void sortsNumbersAsNumbers()
    {
        SiteTableModel model;
        model.setSession(m_session.get());
        SiteFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SiteTableModel::Children, Qt::AscendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, SiteTableModel::Children).data(SiteTableModel::SortRole).toInt()
                    <= proxy.index(row, SiteTableModel::Children).data(SiteTableModel::SortRole).toInt());
    }

    void reloadsWhenSitesChange()
    {
        SiteTableModel model;
        model.setSession(m_session.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Site site = m_session->sites().sites(m_session->programmeId()).first();
        site.childPopulation = 123;
        QVERIFY(m_session->sites().update(site).ok());
        m_session->notify(Session::Entity::Site);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.site(model.rowOf(site.meta.id))->childPopulation, 123);
        m_session->notify(Session::Entity::Indicator);
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_MAIN(TestSiteTableModel)
#include "tst_sitetablemodel.moc"
