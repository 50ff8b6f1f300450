#pragma once

#include "domain/vocabulary.h"

#include <QList>
#include <QString>

// The static content of the demonstration programme: real counties of western provinces with
// their GB/T 2260 codes, and the indicators of an integrated early childhood development model.
namespace DemoData {

struct County
{
    const char *code;          // GB/T 2260
    const char *nameEn;
    const char *nameZh;
    const char *prefectureEn;
    const char *prefectureZh;
    const char *provinceEn;
    const char *provinceZh;
    double latitude;
    double longitude;
    bool ethnicMinorityArea;
    bool povertyCounty;         // former national poverty-alleviation key county
    double minorityShare;       // share of children of ethnic minorities
};

struct IndicatorSpec
{
    const char *code;
    const char *nameEn;
    const char *nameZh;
    const char *definitionEn;
    const char *definitionZh;
    OutcomeArea area;
    ValueType valueType;
    Direction direction;
    Frequency frequency;
    bool disaggregated;        // by sex × ethnicity
    double baseline;           // programme-wide baseline (value in the indicator's unit)
    double target;
    double minorityGap;        // how much worse minority children fare at baseline
    double pilotEffect;        // full effect in pilot sites, in the indicator's unit
    double eligibleShare;      // denominator per child per period (percentages and rates)
    bool required;
};

const QList<County> &counties();
const QList<IndicatorSpec> &indicators();

// Pieces for synthetic township names at national scale: Chinese and pinyin.
struct Syllable
{
    const char *zh;
    const char *pinyin;
};
const QList<Syllable> &townshipSyllables();

// The model's components that monitoring visits score (the fidelity checklist).
struct ChecklistSpec
{
    const char *code;
    const char *nameEn;
    const char *nameZh;
};
const QList<ChecklistSpec> &checklist();

// Why a manager returns a report; what visits found and what they asked for (Chinese, as
// written in the field).
const QList<QString> &returnReasons();
const QList<QString> &visitNarratives();
struct ActionSpec
{
    const char *description;
    const char *owner;
};
const QList<ActionSpec> &visitActions();

} // namespace DemoData
