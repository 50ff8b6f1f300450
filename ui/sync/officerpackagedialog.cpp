#include "officerpackagedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

OfficerPackageDialog::OfficerPackageDialog(const QStringList &officers, Purpose purpose, QWidget *parent)
    : QDialog(parent), m_purpose(purpose)
{
    setObjectName(QStringLiteral("officerPackageDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_officerLabel = new QLabel(this);
    m_officers = new QComboBox(this);
    m_officers->setObjectName(QStringLiteral("officer"));
    m_officers->addItems(officers);
    m_officerLabel->setBuddy(m_officers);
    m_starter = new QCheckBox(this);
    m_starter->setObjectName(QStringLiteral("starterPackage"));
    if (purpose == Purpose::SetUpLaptop) {
        m_starter->setChecked(true);
        m_starter->setEnabled(false);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_officerLabel, m_officers);
    form->addRow(QString(), m_starter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(560, purpose == Purpose::SetUpLaptop ? 300 : 220);
}

QString OfficerPackageDialog::officer() const
{
    return m_officers->currentText();
}

bool OfficerPackageDialog::starter() const
{
    return m_starter->isChecked();
}

void OfficerPackageDialog::retranslateUi()
{
    if (m_purpose == Purpose::SetUpLaptop) {
        setWindowTitle(tr("Set up a field laptop"));
        m_intro->setText(tr("A starter package sets up a field officer's laptop: it holds the programme with its sites, "
                            "indicators and accounts, and the data of the officer's sites.\n\nCopy the file to the "
                            "officer's laptop (a USB stick or e-mail). There, on ScaleReady's welcome screen, the officer "
                            "chooses \"Set up a field laptop from a starter package…\", picks the file and a name for the "
                            "new database, and signs in with their own account. Afterwards the officer and you exchange "
                            "packages on the Sync page."));
    } else {
        setWindowTitle(tr("Export a sync package"));
        m_intro->setText(tr("Choose the field officer the package is for. It holds every change their laptop has not "
                            "confirmed receiving yet: approvals, returns, reopenings, the programme's set-up and the data "
                            "of their sites."));
    }
    m_officerLabel->setText(tr("Field &officer:"));
    m_starter->setText(tr("New &starter package (lost or new laptop)"));
}

void OfficerPackageDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
