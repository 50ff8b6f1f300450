#pragma once

#include "domain/categoryoption.h"
#include "domain/indicator.h"
#include "result.h"

#include <QWidget>

class ErrorLabel;
class NumberEdit;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// The form for one indicator, its disaggregation, valid range, baseline and target. Like the
// site editor it collects values; the core service validates them.
class IndicatorEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorEditor(QWidget *parent = nullptr);

    void setOptions(const QList<CategoryOption> &options);
    void setIndicator(const Indicator &indicator);
    const Indicator &original() const { return m_original; }
    bool isNew() const { return m_original.meta.id == 0; }
    bool isModified() const;
    Result<Indicator> editedIndicator() const;
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
    void fillOptions();

    Indicator m_original;
    QList<CategoryOption> m_options;
    QGroupBox *m_box;
    QLabel *m_hint;
    QLineEdit *m_code;
    QLineEdit *m_nameEn;
    QLineEdit *m_nameZh;
    QPlainTextEdit *m_definitionEn;
    QPlainTextEdit *m_definitionZh;
    QComboBox *m_area;
    QComboBox *m_valueType;
    QComboBox *m_direction;
    QComboBox *m_frequency;
    NumberEdit *m_min;
    NumberEdit *m_max;
    NumberEdit *m_baseline;
    NumberEdit *m_target;
    QComboBox *m_targetKind;
    QCheckBox *m_required;
    QListWidget *m_disaggregation;
    ErrorLabel *m_error;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QList<QLabel *> m_labels;
};
