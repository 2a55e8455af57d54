// SPDX-License-Identifier: MIT
#include "Licenses.h"

namespace latchkey {

QString Licenses::projectLicenceText()
{
    return QStringLiteral(
        "MIT License\n"
        "\n"
        "Copyright (c) 2026 The Latchkey developers\n"
        "\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy\n"
        "of this software and associated documentation files (the \"Software\"), to deal\n"
        "in the Software without restriction, including without limitation the rights\n"
        "to use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n"
        "copies of the Software, and to permit persons to whom the Software is\n"
        "furnished to do so, subject to the following conditions:\n"
        "\n"
        "The above copyright notice and this permission notice shall be included in all\n"
        "copies or substantial portions of the Software.\n"
        "\n"
        "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n"
        "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\n"
        "FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\n"
        "AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\n"
        "LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\n"
        "OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\n"
        "SOFTWARE.\n");
}

QList<Licenses::Component> Licenses::components()
{
    // Versions come from the build (core/CMakeLists.txt); Qt's is the one
    // running.
    QList<Component> list{
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
         QStringLiteral("https://doc.qt.io/qt-6/licensing.html")},
        {QStringLiteral("QtKeychain"), QStringLiteral(LATCHKEY_QTKEYCHAIN_VERSION),
         QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://github.com/frankosterfeld/qtkeychain/blob/main/COPYING")},
        {QStringLiteral("yaml-cpp"), QStringLiteral(LATCHKEY_YAMLCPP_VERSION),
         QStringLiteral("MIT"),
         QStringLiteral("https://github.com/jbeder/yaml-cpp/blob/master/LICENSE")},
    };
#ifdef LATCHKEY_HAVE_LIBSECRET
    list.append({QStringLiteral("libsecret"), QString(), QStringLiteral("LGPL-2.1-or-later"),
                 QStringLiteral("https://gitlab.gnome.org/GNOME/libsecret/-/blob/master/COPYING")});
#endif
    return list;
}

QString Licenses::aboutHtml(const QString& version)
{
    return tr("<h3>Latchkey %1</h3>"
              "<p>Keeps app secrets in your keychain and checks they are ready.</p>")
               .arg(version.toHtmlEscaped()) +
           licenceHtml();
}

QString Licenses::licenceHtml()
{
    QString html = tr("<p><b>Licence:</b> Copyright © 2026 The Latchkey developers. Latchkey is "
                      "free software under the %1 licence: you may use, copy, modify and "
                      "distribute it, provided the copyright notice and licence are kept. It "
                      "comes without any warranty.</p>")
                       .arg(projectLicence());
    html += tr("<p>Latchkey uses:</p>");
    html += QStringLiteral("<ul>");
    for (const Component& c : components()) {
        const QString name =
            c.version.isEmpty() ? c.name : tr("%1 %2").arg(c.name, c.version.toHtmlEscaped());
        html += QStringLiteral("<li>") +
                tr("%1, under the %2 licence (<a href=\"%3\">licence text</a>)")
                    .arg(name, c.licence, c.url) +
                QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace latchkey
