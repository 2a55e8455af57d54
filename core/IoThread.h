#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace latchkey {

// A thread of its own for blocking file work (the vault lock, index reads
// and writes), so that the GUI thread never waits on the disk or on another
// process holding a lock. Work runs in the order it was given; `then` runs
// back on the thread that owns this object, unless it was destroyed first.
class IoThread : public QObject {
    Q_OBJECT
public:
    explicit IoThread(QObject* parent = nullptr);
    ~IoThread() override; // waits for the work under way

    template <typename R> void run(std::function<R()> work, std::function<void(R)> then)
    {
        // The destructor waits for the thread, so `this` outlives any work.
        QMetaObject::invokeMethod(
            m_worker,
            [this, work, then] {
                auto result = std::make_shared<R>(work());
                QMetaObject::invokeMethod(
                    this, [result, then] { then(std::move(*result)); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    QObject* m_worker;
};

} // namespace latchkey
