#pragma once

#include "domain/site.h"
#include "result.h"

#include <QWidget>

class ErrorLabel;
class NumberEdit;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The form for one site. It only collects and shows values; the page sends them to the
// core service, which validates them, and shows the service's message with showError().
class SiteEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit SiteEditor(QWidget *parent = nullptr);

    // Shows a stored site, or a new one (no id) to be created.
    void setSite(const Site &site);
    const Site &original() const { return m_original; }
    bool isNew() const { return m_original.meta.id == 0; }
    bool isModified() const;
    // The edited site, or a message naming the field whose text cannot be read.
    Result<Site> editedSite() const;
    void showError(const QString &message);
    bool hasError() const;
    void clear();

signals:
    void applyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void revert();

    Site m_original;
    QGroupBox *m_box;
    QLabel *m_hint;
    QFormLayout *m_form;
    QLineEdit *m_code;
    QLineEdit *m_nameEn;
    QLineEdit *m_nameZh;
    QLabel *m_englishHeader;
    QLabel *m_chineseHeader;
    QLineEdit *m_provinceEn;
    QLineEdit *m_provinceZh;
    QLineEdit *m_prefectureEn;
    QLineEdit *m_prefectureZh;
    QLineEdit *m_countyEn;
    QLineEdit *m_countyZh;
    QLineEdit *m_townshipEn;
    QLineEdit *m_townshipZh;
    QComboBox *m_arm;
    QComboBox *m_locality;
    QCheckBox *m_ethnic;
    QCheckBox *m_poverty;
    QSpinBox *m_children;
    NumberEdit *m_latitude;
    NumberEdit *m_longitude;
    QCheckBox *m_started;
    QDateEdit *m_start;
    QComboBox *m_status;
    ErrorLabel *m_error;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QList<QLabel *> m_labels;
};
