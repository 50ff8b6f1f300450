#include "newprogrammedialog.h"

#include "shell/widgets.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
enum LabelIndex { LFile, LCode, LNameEn, LNameZh, LFocus, LStart, LEnd, LabelCount };
}

NewProgrammeDialog::NewProgrammeDialog(const QString &suggestedPath, QWidget *parent) : QDialog(parent)
{
    for (int i = 0; i < LabelCount; ++i)
        m_labels.append(new QLabel(this));
    m_path = new QLineEdit(suggestedPath, this);
    m_path->setObjectName(QStringLiteral("path"));
    m_browse = new QPushButton(this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nameZh = new QLineEdit(this);
    m_nameZh->setObjectName(QStringLiteral("nameZh"));
    m_focus = new QLineEdit(this);
    m_focus->setObjectName(QStringLiteral("focusArea"));
    m_start = new QDateEdit(QDate::currentDate(), this);
    m_end = new QDateEdit(QDate::currentDate().addYears(3), this);
    for (QDateEdit *d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_error = new ErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProgrammeDialog::check);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &NewProgrammeDialog::browse);

    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_labels[LFile], file);
    form->addRow(m_labels[LCode], m_code);
    form->addRow(m_labels[LNameEn], m_nameEn);
    form->addRow(m_labels[LNameZh], m_nameZh);
    form->addRow(m_labels[LFocus], m_focus);
    form->addRow(m_labels[LStart], m_start);
    form->addRow(m_labels[LEnd], m_end);
    m_labels[LFile]->setBuddy(m_path);
    m_labels[LCode]->setBuddy(m_code);
    m_labels[LNameEn]->setBuddy(m_nameEn);
    m_labels[LNameZh]->setBuddy(m_nameZh);
    m_labels[LFocus]->setBuddy(m_focus);
    m_labels[LStart]->setBuddy(m_start);
    m_labels[LEnd]->setBuddy(m_end);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    retranslateUi();
}

void NewProgrammeDialog::retranslateUi()
{
    setWindowTitle(tr("Create a programme"));
    const char *texts[LabelCount] = {QT_TR_NOOP("&Database file:"), QT_TR_NOOP("&Code:"), QT_TR_NOOP("Name (&English):"),
                                     QT_TR_NOOP("Name (C&hinese):"), QT_TR_NOOP("&Focus area:"), QT_TR_NOOP("&Starts:"),
                                     QT_TR_NOOP("E&nds:")};
    for (int i = 0; i < LabelCount; ++i)
        m_labels[i]->setText(tr(texts[i]));
    m_browse->setText(tr("&Browse…"));
    m_code->setPlaceholderText(tr("e.g. WASH-GZ"));
    m_focus->setPlaceholderText(tr("e.g. School water, sanitation and hygiene"));
}

void NewProgrammeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewProgrammeDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New database file"), m_path->text(),
                                                        tr("ScaleReady databases (*.db)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen.endsWith(QLatin1StringView(".db")) ? chosen : chosen + QStringLiteral(".db"));
}

void NewProgrammeDialog::check()
{
    if (m_path->text().trimmed().isEmpty())
        return showError(tr("Choose where to save the new database file."));
    if (QFileInfo::exists(path()))
        return showError(tr("%1 already exists. Choose another file name; to work on that file, use Open instead.").arg(path()));
    if (m_code->text().trimmed().isEmpty())
        return showError(tr("Enter a short code for the programme."));
    accept();
}

void NewProgrammeDialog::showError(const QString &message)
{
    m_error->showError(message);
}

QString NewProgrammeDialog::path() const
{
    return m_path->text().trimmed();
}

Programme NewProgrammeDialog::programme() const
{
    Programme p;
    p.code = m_code->text().trimmed();
    p.nameEn = m_nameEn->text().trimmed();
    p.nameZh = m_nameZh->text().trimmed();
    p.focusArea = m_focus->text().trimmed();
    p.startDate = m_start->date();
    p.endDate = m_end->date();
    return p;
}
