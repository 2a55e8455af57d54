#include "IoThread.h"

namespace latchkey {

IoThread::IoThread(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("latchkey-io"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

IoThread::~IoThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace latchkey
