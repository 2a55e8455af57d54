#include "ManifestParser.h"

#include "ManifestFile.h"
#include "ManifestReader.h"
#include "ManifestText.h"
#include "ManifestWarnings.h"
#include "YamlPrescan.h"
#include "YamlTree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "ManifestParser" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ManifestParser)
};

// Sorted by position, each problem once (a field merged into several entries
// with `<<` would otherwise report the same spot again), and never a flood.
void finish(Manifest& manifest)
{
    const auto byPosition = [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    };
    QList<Diagnostic>& all = manifest.diagnostics;
    std::stable_sort(all.begin(), all.end(), byPosition);
    QSet<QString> seen;
    QList<Diagnostic> unique;
    for (const Diagnostic& d : all) {
        const QString id = d.toString();
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(d);
        }
    }
    all = unique;
    if (all.size() <= ManifestParser::kMaxDiagnostics)
        return;
    // Errors are kept before warnings: they decide whether the app may run.
    QList<Diagnostic> kept;
    for (const bool errors : {true, false})
        for (const Diagnostic& d : unique)
            if (d.isError() == errors && kept.size() < ManifestParser::kMaxDiagnostics)
                kept.append(d);
    std::stable_sort(kept.begin(), kept.end(), byPosition);
    int droppedErrors = 0;
    for (const Diagnostic& d : unique)
        droppedErrors += d.isError() ? 1 : 0;
    for (const Diagnostic& d : kept)
        droppedErrors -= d.isError() ? 1 : 0;
    const qsizetype dropped = unique.size() - kept.size();
    // Still invalid when only the dropped problems were errors.
    kept.append(
        {droppedErrors > 0 ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning,
         manifest.path, 0, 0,
         Strings::tr("%1 more problems are not shown (%2 of them errors); fix the ones above "
                     "first")
             .arg(dropped)
             .arg(droppedErrors)});
    all = kept;
}

} // namespace

Manifest ManifestParser::parse(const QByteArray& bytes, const QString& fileName)
{
    Manifest manifest;
    manifest.path = fileName;
    auto fail = [&](int line, int column, const QString& message) {
        manifest.diagnostics.append({Diagnostic::Severity::Error, fileName, line, column, message});
    };

    if (bytes.size() > kMaxBytes) {
        fail(0, 0,
             Strings::tr("the file is %1 bytes long; a manifest may be at most %2 bytes (1 MiB)")
                 .arg(bytes.size())
                 .arg(kMaxBytes));
        return manifest;
    }
    // Encoding problems make every later position unreliable: stop there.
    const ManifestText text = ManifestText::prepare(bytes);
    for (const TextProblem& problem : text.fatal)
        fail(problem.line, problem.column, problem.message);
    if (!text.fatal.isEmpty())
        return manifest;
    QSet<int> tabLines;
    for (const TextProblem& problem : text.tabs) {
        fail(problem.line, problem.column, problem.message);
        tabLines.insert(problem.line);
    }
    // Pathological shapes are refused before yaml-cpp spends memory on them.
    if (const auto problem = YamlPrescan::check(text.normalized)) {
        if (!tabLines.contains(problem->line))
            fail(problem->line, problem->column, problem->message);
        finish(manifest);
        return manifest;
    }

    YamlTree tree;
    tree.parse(text.normalized);
    for (const YamlProblem& problem : tree.problems())
        if (!tabLines.contains(problem.line)) // a tab already explains it
            fail(problem.line, problem.column, problem.message);
    const bool nothing = tree.empty() || (tree.root() && tree.root()->kind == YamlNode::Kind::Null);
    if (nothing && tree.problems().isEmpty()) {
        fail(1, 1,
             Strings::tr("the file is empty; a manifest usually declares `name:` and "
                         "`secrets:`"));
        return manifest;
    }
    // Duplicates, a second document or a self-referencing alias leave a
    // usable tree, which is checked too so that one pass reports everything;
    // a tree cut short by a syntax error would only add false alarms.
    if (tree.root() && tree.complete())
        ManifestReader::read(tree.root(), manifest);
    addManifestWarnings(manifest);
    finish(manifest);
    return manifest;
}

Manifest ManifestParser::parseFile(const QString& path)
{
    const ManifestFile file = ManifestFile::read(path, kMaxBytes);
    if (file.error.isEmpty())
        return parse(file.bytes, path);
    Manifest manifest;
    manifest.path = path;
    manifest.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0, file.error});
    return manifest;
}

QString ManifestParser::resolvePath(const QString& pathOrDirectory)
{
    const QString name = QStringLiteral("inf.yml");
    if (pathOrDirectory.isEmpty())
        return name;
    if (QFileInfo(pathOrDirectory).isDir())
        return QDir(pathOrDirectory).filePath(name);
    return pathOrDirectory;
}

} // namespace latchkey
