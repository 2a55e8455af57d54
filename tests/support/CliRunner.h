#pragma once

// Runs the built latchkey-cli (env LATCHKEY_CLI) as a separate process, the
// way a user or a script would, and captures what it printed.
#include "InheritedDescriptors.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QThread>
#include <QTimer>

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QString cliPath()
{
    return qEnvironmentVariable("LATCHKEY_CLI");
}

// Whether a program run from here keeps the event loop turning: in a test
// process with a GUI, whose windows may have a vault open. A vault holds its
// cross-process lock from the I/O thread until its own thread takes the next
// step (core/Vault.cpp, begin()); with that thread blocked here, a command
// that needs the same lock would wait for it until the timeout below, which
// never happens between two real processes.
inline bool keepEventsFlowingWhileRunning()
{
    const QCoreApplication* app = QCoreApplication::instance();
    return app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread();
}

// Any program, with `input` on its standard input, in `directory` when one is
// given; after `timeoutMs` it is killed and the result says exit -1.
inline CliResult
runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {},
           const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 60000, const QString& directory = {})
{
    QProcess process;
    latchkey::inheritOnlyStdio(process);
    process.setProcessEnvironment(environment);
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    process.start(program, arguments);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    CliResult result;
    bool finished = false;
    if (keepEventsFlowingWhileRunning() && process.state() == QProcess::Running) {
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        finished = process.state() == QProcess::NotRunning;
    } else {
        finished = process.waitForFinished(timeoutMs);
    }
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline CliResult
runCli(const QStringList& arguments, const QByteArray& input = {},
       const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
       int timeoutMs = 60000)
{
    return runProgram(cliPath(), arguments, input, environment, timeoutMs);
}
