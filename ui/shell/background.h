#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

class QWidget;

// Runs work on a worker thread while the GUI thread shows a modal progress dialog (after
// 400 ms, so that short work shows nothing); returns false when the user cancelled. The work
// reports 0–100 through setPercent (or nothing: a busy bar) and asks cancelled() between steps.
struct BackgroundProgress
{
    std::function<void(int)> setPercent;
    std::function<bool()> cancelled;

    // For work that counts its steps (done of total): reports the percentage, a busy bar without
    // a total, and answers false once the user cancelled.
    std::function<bool(qint64 done, qint64 total)> steps() const;
};
// Whether runWithProgress is running work now (anywhere in the application): the idle lock
// waits for it, as it does for the window's own background work.
bool backgroundWorkRunning();

bool runWithProgress(QWidget *parent, const QString &label, const std::function<void(const BackgroundProgress &)> &work,
                     bool cancellable = true);
