#pragma once

// Runs the built latchkey-cli (env LATCHKEY_CLI) as a separate process, the
// way a user or a script would, and captures what it printed.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QString cliPath()
{
    return qEnvironmentVariable("LATCHKEY_CLI");
}

// Any program, with `input` on its standard input, in `directory` when one is
// given; after `timeoutMs` it is killed and the result says exit -1.
inline CliResult
runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {},
           const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 60000, const QString& directory = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    process.start(program, arguments);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
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
