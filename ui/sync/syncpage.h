#pragma once

#include "result.h"
#include "sync/syncservice.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class ConflictModel;
class QAbstractItemModel;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class Session;
class SyncPackageModel;
class SyncPeerModel;

// Synchronisation with other databases (docs/sync.md): what this database is (a field laptop
// sending to its manager, or the manager's database), the databases it exchanges packages
// with, the packages sent, received and refused with their summaries, and the conflict queue,
// which managers and administrators settle by keeping this database's version, taking the other
// one or editing the result, one conflict or many at a time. Packages are exported and imported
// on a worker thread with a connection of its own; after an import every page reloads.
class SyncPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(QWidget *parent = nullptr);
    void setSession(Session *session);

    // What the buttons do, without their dialogs (the dialogs call these). An empty error
    // means the user cancelled.
    Result<Sync::SyncService::ExportResult> exportPackage(const QString &path, const QString &officer = {},
                                                          bool starter = false);
    Result<Sync::Summary> importPackage(const QString &path);
    Result<int> resolve(const QList<qint64> &conflictIds, Sync::Resolution resolution, const QJsonObject &edited = {});
    void reload();

    // The suggested file name: scaleready-<officer>-<yyyyMMdd-HHmm>.srpk.
    static QString defaultPackageName(const QString &officer, const QDateTime &at);

    QList<qint64> selectedConflictIds() const;
    void setShowAllConflicts(bool all);

    SyncPeerModel *peerModel() const { return m_peerModel; }
    SyncPackageModel *packageModel() const { return m_packageModel; }
    ConflictModel *conflictModel() const { return m_conflictModel; }
    QTableView *peersView() const { return m_peersView; }
    QTableView *packagesView() const { return m_packagesView; }
    QTableView *conflictsView() const { return m_conflictsView; }
    QPlainTextEdit *packageDetails() const { return m_packageDetails; }
    QLabel *roleLabel() const { return m_role; }
    QLabel *conflictCountLabel() const { return m_conflictCount; }
    QComboBox *conflictFilter() const { return m_filter; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *importButton() const { return m_importButton; }
    QPushButton *setUpButton() const { return m_setUpButton; }
    QPushButton *keepMineButton() const { return m_keepMineButton; }
    QPushButton *takeTheirsButton() const { return m_takeTheirsButton; }
    QPushButton *editButton() const { return m_editButton; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // A titled part of the page that shows a friendly text instead of its table when empty.
    struct Section
    {
        QGroupBox *box = nullptr;
        QStackedWidget *stack = nullptr;
        QLabel *empty = nullptr;
        void showContent(bool any) const;
    };
    Section makeSection(const char *name, QWidget *content);
    QTableView *makeTable(const char *name, QAbstractItemModel *model);

    void retranslateUi();
    void updateTexts();
    void updateButtons();
    void showPackageDetails();
    bool mayResolve() const;
    bool mayExchange() const;
    QList<Sync::Conflict> selectedConflicts() const;
    void reselect(QTableView *view, int row);
    // Tells every page that rows may have changed (after an import or a resolution).
    void notifyChanged();

    void askExport(bool setUpLaptop);
    void askImport();
    void askResolve(Sync::Resolution resolution);
    void askEdit();
    bool confirmResolution(const QList<Sync::Conflict> &conflicts, Sync::Resolution resolution);
    QString exportedText(const Sync::SyncService::ExportResult &result, const QString &path) const;

    QPointer<Session> m_session;
    bool m_stale = true;
    bool m_field = false;
    std::optional<Sync::Peer> m_manager;
    int m_openConflicts = 0;

    QLabel *m_role;
    QLabel *m_conflictCount;
    QPushButton *m_exportButton;
    QPushButton *m_importButton;
    QPushButton *m_setUpButton;
    SyncPeerModel *m_peerModel;
    SyncPackageModel *m_packageModel;
    ConflictModel *m_conflictModel;
    QTableView *m_peersView;
    QTableView *m_packagesView;
    QTableView *m_conflictsView;
    QPlainTextEdit *m_packageDetails;
    QComboBox *m_filter;
    QLabel *m_conflictHint;
    QPushButton *m_keepMineButton;
    QPushButton *m_takeTheirsButton;
    QPushButton *m_editButton;
    Section m_peers;
    Section m_packages;
    Section m_conflicts;
};
