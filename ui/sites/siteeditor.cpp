#include "siteeditor.h"

#include "shell/widgets.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
enum LabelIndex { LCode, LNameEn, LNameZh, LAdmin, LProvince, LPrefecture, LCounty, LTownship, LArm, LLocality,
                  LEquity, LChildren, LLatitude, LLongitude, LStart, LStatus, LabelCount };
}

SiteEditor::SiteEditor(QWidget *parent) : QWidget(parent)
{
    for (int i = 0; i < LabelCount; ++i)
        m_labels.append(new QLabel(this));
    m_code = namedChild<QLineEdit>(this, "code");
    m_nameEn = namedChild<QLineEdit>(this, "nameEn");
    m_nameZh = namedChild<QLineEdit>(this, "nameZh");
    m_provinceEn = namedChild<QLineEdit>(this, "provinceEn");
    m_provinceZh = namedChild<QLineEdit>(this, "provinceZh");
    m_prefectureEn = namedChild<QLineEdit>(this, "prefectureEn");
    m_prefectureZh = namedChild<QLineEdit>(this, "prefectureZh");
    m_countyEn = namedChild<QLineEdit>(this, "countyEn");
    m_countyZh = namedChild<QLineEdit>(this, "countyZh");
    m_townshipEn = namedChild<QLineEdit>(this, "townshipEn");
    m_townshipZh = namedChild<QLineEdit>(this, "townshipZh");
    m_arm = namedChild<QComboBox>(this, "arm");
    m_locality = namedChild<QComboBox>(this, "locality");
    m_status = namedChild<QComboBox>(this, "status");
    m_ethnic = namedChild<QCheckBox>(this, "ethnicMinorityArea");
    m_poverty = namedChild<QCheckBox>(this, "povertyCounty");
    m_children = namedChild<QSpinBox>(this, "childPopulation");
    m_children->setRange(0, 50'000'000);
    m_children->setGroupSeparatorShown(true);
    m_latitude = namedChild<NumberEdit>(this, "latitude");
    m_longitude = namedChild<NumberEdit>(this, "longitude");
    m_started = namedChild<QCheckBox>(this, "started");
    m_start = namedChild<QDateEdit>(this, "interventionStart");
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start->setEnabled(false);
    connect(m_started, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    m_error = namedChild<ErrorLabel>(this, "error");
    m_apply = namedChild<QPushButton>(this, "apply");
    m_apply->setDefault(true);
    m_revert = namedChild<QPushButton>(this, "revert");
    connect(m_apply, &QPushButton::clicked, this, &SiteEditor::applyRequested);
    connect(m_revert, &QPushButton::clicked, this, &SiteEditor::revert);
    // Enter in any line edit applies, as a dialog's default button would.
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::returnPressed, this, &SiteEditor::applyRequested);

    m_box = new QGroupBox(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_labels[LCode], m_code);
    m_form->addRow(m_labels[LNameEn], m_nameEn);
    m_form->addRow(m_labels[LNameZh], m_nameZh);
    auto *admin = new QGridLayout;
    m_englishHeader = new QLabel(this);
    m_chineseHeader = new QLabel(this);
    admin->addWidget(m_englishHeader, 0, 1);
    admin->addWidget(m_chineseHeader, 0, 2);
    const std::pair<QLineEdit *, QLineEdit *> pairs[] = {{m_provinceEn, m_provinceZh}, {m_prefectureEn, m_prefectureZh},
                                                         {m_countyEn, m_countyZh}, {m_townshipEn, m_townshipZh}};
    for (int i = 0; i < 4; ++i) {
        admin->addWidget(m_labels[LProvince + i], i + 1, 0);
        admin->addWidget(pairs[i].first, i + 1, 1);
        admin->addWidget(pairs[i].second, i + 1, 2);
    }
    m_form->addRow(m_labels[LAdmin], admin);
    m_form->addRow(m_labels[LArm], m_arm);
    m_form->addRow(m_labels[LLocality], m_locality);
    auto *equity = new QVBoxLayout;
    equity->addWidget(m_ethnic);
    equity->addWidget(m_poverty);
    m_form->addRow(m_labels[LEquity], equity);
    m_form->addRow(m_labels[LChildren], m_children);
    m_form->addRow(m_labels[LLatitude], m_latitude);
    m_form->addRow(m_labels[LLongitude], m_longitude);
    auto *start = new QHBoxLayout;
    start->addWidget(m_started);
    start->addWidget(m_start, 1);
    m_form->addRow(m_labels[LStart], start);
    m_form->addRow(m_labels[LStatus], m_status);
    m_labels[LCode]->setBuddy(m_code);
    m_labels[LNameEn]->setBuddy(m_nameEn);
    m_labels[LNameZh]->setBuddy(m_nameZh);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addLayout(m_form);
    boxLayout->addWidget(m_error);
    boxLayout->addLayout(buttons);
    boxLayout->addStretch();
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(m_hint, 1);

    retranslateUi();
    clear();
}

void SiteEditor::retranslateUi()
{
    const char *texts[LabelCount] = {
        QT_TR_NOOP("&Code:"),      QT_TR_NOOP("Name (&English):"), QT_TR_NOOP("Name (C&hinese):"),
        QT_TR_NOOP("Location:"),   QT_TR_NOOP("Province"),         QT_TR_NOOP("Prefecture"),
        QT_TR_NOOP("County"),      QT_TR_NOOP("Township"),         QT_TR_NOOP("Arm:"),
        QT_TR_NOOP("Rural/urban:"), QT_TR_NOOP("Equity:"),          QT_TR_NOOP("Children:"),
        QT_TR_NOOP("Latitude:"),   QT_TR_NOOP("Longitude:"),       QT_TR_NOOP("Intervention start:"),
        QT_TR_NOOP("Status:"),
    };
    for (int i = 0; i < LabelCount; ++i)
        m_labels[i]->setText(tr(texts[i]));
    m_englishHeader->setText(tr("English"));
    m_chineseHeader->setText(tr("Chinese"));
    m_hint->setText(tr("Select a site in the table to see and edit it, or choose Add site."));
    m_box->setTitle(isNew() ? tr("New site") : tr("Site %1").arg(m_original.code));
    m_code->setPlaceholderText(tr("GB/T 2260 code, e.g. 532528"));
    m_latitude->setPlaceholderText(tr("e.g. 23.22"));
    m_longitude->setPlaceholderText(tr("e.g. 102.84"));
    m_ethnic->setText(tr("Ethnic minority area"));
    m_poverty->setText(tr("Poverty county"));
    m_started->setText(tr("Started on"));
    m_apply->setText(m_original.meta.id == 0 ? tr("&Add site") : tr("&Apply"));
    m_revert->setText(tr("&Revert"));
    fillVocabularyCombo<Arm>(m_arm);
    fillVocabularyCombo<Locality>(m_locality);
    fillVocabularyCombo<SiteStatus>(m_status);
}

void SiteEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SiteEditor::setSite(const Site &site)
{
    m_original = site;
    revert();
    setEnabled(true);
    m_box->show();
    m_hint->hide();
    retranslateUi();
}

void SiteEditor::clear()
{
    m_original = Site{};
    revert();
    setEnabled(false);
    m_box->hide();
    m_hint->show();
    retranslateUi();
}

void SiteEditor::revert()
{
    const Site &s = m_original;
    m_code->setText(s.code);
    m_nameEn->setText(s.nameEn);
    m_nameZh->setText(s.nameZh);
    m_provinceEn->setText(s.provinceEn);
    m_provinceZh->setText(s.provinceZh);
    m_prefectureEn->setText(s.prefectureEn);
    m_prefectureZh->setText(s.prefectureZh);
    m_countyEn->setText(s.countyEn);
    m_countyZh->setText(s.countyZh);
    m_townshipEn->setText(s.townshipEn);
    m_townshipZh->setText(s.townshipZh);
    setVocabularyValue(m_arm, s.arm);
    setVocabularyValue(m_locality, s.locality);
    setVocabularyValue(m_status, s.status);
    m_ethnic->setChecked(s.ethnicMinorityArea);
    m_poverty->setChecked(s.povertyCounty);
    m_children->setValue(s.childPopulation);
    m_latitude->setNumber(s.latitude);
    m_longitude->setNumber(s.longitude);
    m_started->setChecked(s.interventionStart.isValid());
    m_start->setDate(s.interventionStart.isValid() ? s.interventionStart : QDate::currentDate());
    m_error->showError({});
}

Result<Site> SiteEditor::editedSite() const
{
    Site s = m_original;
    s.code = m_code->text().trimmed();
    s.nameEn = m_nameEn->text().trimmed();
    s.nameZh = m_nameZh->text().trimmed();
    s.provinceEn = m_provinceEn->text().trimmed();
    s.provinceZh = m_provinceZh->text().trimmed();
    s.prefectureEn = m_prefectureEn->text().trimmed();
    s.prefectureZh = m_prefectureZh->text().trimmed();
    s.countyEn = m_countyEn->text().trimmed();
    s.countyZh = m_countyZh->text().trimmed();
    s.townshipEn = m_townshipEn->text().trimmed();
    s.townshipZh = m_townshipZh->text().trimmed();
    s.arm = vocabularyValue<Arm>(m_arm);
    s.locality = vocabularyValue<Locality>(m_locality);
    s.status = vocabularyValue<SiteStatus>(m_status);
    s.ethnicMinorityArea = m_ethnic->isChecked();
    s.povertyCounty = m_poverty->isChecked();
    s.childPopulation = m_children->value();
    bool ok = true;
    s.latitude = m_latitude->number(&ok);
    if (!ok)
        return fail(tr("Latitude: \"%1\" is not a number.").arg(m_latitude->text()));
    s.longitude = m_longitude->number(&ok);
    if (!ok)
        return fail(tr("Longitude: \"%1\" is not a number.").arg(m_longitude->text()));
    s.interventionStart = m_started->isChecked() ? m_start->date() : QDate();
    return s;
}

bool SiteEditor::isModified() const
{
    const auto edited = editedSite();
    if (!edited)
        return true;
    const Site &a = edited.value();
    const Site &b = m_original;
    return a.code != b.code || a.nameEn != b.nameEn || a.nameZh != b.nameZh || a.provinceEn != b.provinceEn
           || a.provinceZh != b.provinceZh || a.prefectureEn != b.prefectureEn || a.prefectureZh != b.prefectureZh
           || a.countyEn != b.countyEn || a.countyZh != b.countyZh || a.townshipEn != b.townshipEn
           || a.townshipZh != b.townshipZh || a.arm != b.arm || a.locality != b.locality || a.status != b.status
           || a.ethnicMinorityArea != b.ethnicMinorityArea || a.povertyCounty != b.povertyCounty
           || a.childPopulation != b.childPopulation || a.latitude != b.latitude || a.longitude != b.longitude
           || a.interventionStart != b.interventionStart;
}

void SiteEditor::showError(const QString &message)
{
    m_error->showError(message);
}

bool SiteEditor::hasError() const
{
    return !m_error->text().isEmpty() && !m_error->isHidden();
}
