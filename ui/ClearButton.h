#pragma once

class QLineEdit;

namespace latchkey {

// A search field's trailing "clear" button, shown while there is text: what
// QLineEdit::setClearButtonEnabled() gives, with the icon from ui/Icons.h.
// Qt's own asks the style, which asks the icon theme, which parses the whole
// theme index on the first question (ui/IconThemeCache.h): at start-up that
// was 7 to 12 ms for a button that is hidden while the field is empty.
void addClearButton(QLineEdit* edit);

} // namespace latchkey
