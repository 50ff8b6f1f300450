#include "background.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

std::function<bool(qint64, qint64)> BackgroundProgress::steps() const
{
    return [setPercent = setPercent, cancelled = cancelled](qint64 done, qint64 total) {
        setPercent(total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : -1);
        return !cancelled();
    };
}

namespace {
std::atomic<int> running = 0;
}

bool backgroundWorkRunning() { return running.load() > 0; }

bool runWithProgress(QWidget *parent, const QString &label, const std::function<void(const BackgroundProgress &)> &work,
                     bool cancellable)
{
    ++running;
    const auto done = qScopeGuard([] { --running; });
    QProgressDialog progress(label, cancellable ? QCoreApplication::translate("MainWindow", "Cancel") : QString(), 0, 100,
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    if (!cancellable)
        progress.setCancelButton(nullptr);
    // Cancel asks the work to stop; the dialog stays until it has (reaching 100 % neither hides
    // it nor forgets a cancel).
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    std::atomic<int> percent = -1;
    std::atomic<bool> cancelled = false;
    BackgroundProgress report{[&](int p) { percent = p; }, [&] { return cancelled.load(); }};
    QEventLoop loop;
    std::unique_ptr<QThread> worker(QThread::create([&] { work(report); }));
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&timer, &QTimer::timeout, &progress, [&] {
        // Shown only for work that lasts; a busy dialog has no value to trigger showing itself.
        if (elapsed.elapsed() >= 400 && !progress.isVisible() && !progress.wasCanceled())
            progress.show();
        const int p = percent;
        if (p < 0)
            progress.setRange(0, 0); // busy: the work has no steps to show
        else {
            progress.setRange(0, 100);
            progress.setValue(p);
        }
        if (progress.wasCanceled() && cancellable && !cancelled) {
            cancelled = true;
            progress.setLabelText(QCoreApplication::translate("MainWindow", "Cancelling…"));
        }
        if (cancelled && !progress.isVisible())
            progress.show(); // until the work has stopped
    });
    timer.start(100);
    worker->start();
    if (!worker->isFinished())
        loop.exec();
    // The loop also ends when the application quits: the work owns its captures until it ends.
    worker->wait();
    progress.reset();
    return !cancelled;
}
