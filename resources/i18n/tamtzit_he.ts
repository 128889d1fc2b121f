<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>DocumentView</name>
    <message>
        <source>Names are not marked: the entity model is missing or damaged ({reason}). Reinstalling Tamtzit restores it.</source>
        <translation>שמות אינם מסומנים: מודל הישויות חסר או פגום ({reason}). התקנה מחדש של תמצית תשחזר אותו.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>קורא את הקובץ…</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>הקובץ ריק.</translation>
    </message>
    <message>
        <source>removed: a copy of the headline</source>
        <translation>הוסר: עותק של הכותרת</translation>
    </message>
    <message>
        <source>removed: a paragraph printed again</source>
        <translation>הוסר: פסקה שהודפסה שוב</translation>
    </message>
    <message>
        <source>removed: a second copy of the text</source>
        <translation>הוסר: עותק שני של הטקסט</translation>
    </message>
    <message>
        <source>1 repeated block removed</source>
        <translation>קטע חוזר אחד הוסר</translation>
    </message>
    <message>
        <source>Could not finish: {error}</source>
        <translation>לא הושלם: {error}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>בוטל.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>תקציר</translation>
    </message>
    <message>
        <source>Names and places</source>
        <translation>שמות ומקומות</translation>
    </message>
    <message>
        <source>{n} repeated blocks removed</source>
        <translation>{n} קטעים חוזרים הוסרו</translation>
    </message>
    <message>
        <source>{n} blocks of page debris dimmed</source>
        <translation>{n} קטעי שוליים של הדף מעומעמים</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>הסתרה</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message>
        <source>Show the removed blocks where they were, or hide them again</source>
        <translation>הצגת הקטעים שהוסרו במקומם, או הסתרתם שוב</translation>
    </message>
    <message>
        <source>Hebrew prefixes are not separated: the Hebrew lexicon is missing or damaged ({reason}). Reinstalling Tamtzit restores it.</source>
        <translation>תחיליות עבריות אינן מופרדות: המילון העברי חסר או פגום ({reason}). התקנה מחדש של תמצית תשחזר אותו.</translation>
    </message>
</context>
<context>
    <name>EncodingNames</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>יוניקוד (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>יוניקוד (UTF-8 עם BOM)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>יוניקוד (UTF-16)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 LE)</source>
        <translation>יוניקוד (UTF-16 LE)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 BE)</source>
        <translation>יוניקוד (UTF-16 BE)</translation>
    </message>
    <message>
        <source>Hebrew (Windows-1255)</source>
        <translation>עברית (Windows-1255)</translation>
    </message>
    <message>
        <source>Hebrew (ISO-8859-8)</source>
        <translation>עברית (ISO-8859-8)</translation>
    </message>
    <message>
        <source>Hebrew, DOS (CP862)</source>
        <translation>עברית, DOS (CP862)</translation>
    </message>
    <message>
        <source>Western (Windows-1252)</source>
        <translation>מערב אירופה (Windows-1252)</translation>
    </message>
    <message>
        <source>Western (ISO-8859-1)</source>
        <translation>מערב אירופה (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Hebrew (ISO-8859-8 or Windows-1255)</source>
        <translation>עברית (ISO-8859-8 או Windows-1255)</translation>
    </message>
    <message>
        <source>Hebrew (Windows-1255 or ISO-8859-8)</source>
        <translation>עברית (Windows-1255 או ISO-8859-8)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} או {second}</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Names are not marked: the entity model is missing or damaged.</source>
        <translation>שמות אינם מסומנים: מודל הישויות חסר או פגום.</translation>
    </message>
    <message>
        <source>Click again or press F3 for the next mention</source>
        <translation>לחיצה נוספת או F3 – לאזכור הבא</translation>
    </message>
    <message>
        <source>Looking for names, places and dates…</source>
        <translation>מחפש שמות, מקומות ותאריכים…</translation>
    </message>
    <message>
        <source>This text is not in Hebrew: names of people, places and organizations are looked for in Hebrew text only.</source>
        <translation>הטקסט אינו בעברית: שמות של אנשים, מקומות וארגונים מזוהים רק בטקסט עברי.</translation>
    </message>
    <message>
        <source>{k} of {n}</source>
        <translation>{k} מתוך {n}</translation>
    </message>
    <message>
        <source>Names and places</source>
        <translation>שמות ומקומות</translation>
    </message>
    <message>
        <source>Show or hide the highlights of this type</source>
        <translation>הצגה או הסתרה של הסימון מסוג זה</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>הקודם</translation>
    </message>
    <message>
        <source>Previous mention (Shift+F3)</source>
        <translation>האזכור הקודם (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>הבא</translation>
    </message>
    <message>
        <source>Next mention (F3)</source>
        <translation>האזכור הבא (F3)</translation>
    </message>
    <message>
        <source>No names, places or dates were found in this text.</source>
        <translation>לא נמצאו בטקסט שמות, מקומות או תאריכים.</translation>
    </message>
    <message>
        <source>Entities grouped by type, with their number of mentions</source>
        <translation>שמות מקובצים לפי סוג, עם מספר האזכורים</translation>
    </message>
    <message>
        <source>{name} ({shown} of {total})</source>
        <translation>{name} ({shown} מתוך {total})</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>{k} of {n}</source>
        <translation>{k} מתוך {n}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>לא נמצא</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>חיפוש בכתבה</translation>
    </message>
    <message>
        <source>Finds words with or without nikud and prefixes (ו ה ב כ ל מ ש); Enter for the next, Shift+Enter for the previous</source>
        <translation>מוצא מילים עם ניקוד ובלעדיו, עם תחיליות (ו ה ב כ ל מ ש) ובלעדיהן; Enter לתוצאה הבאה, Shift+Enter לקודמת</translation>
    </message>
    <message>
        <source>Previous match ({keys})</source>
        <translation>התוצאה הקודמת ({keys})</translation>
    </message>
    <message>
        <source>Next match ({keys})</source>
        <translation>התוצאה הבאה ({keys})</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>סגירת סרגל החיפוש (Esc)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>ארגונים</translation>
    </message>
    <message>
        <source>Countries and cities</source>
        <translation>ארצות וערים</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>מקומות</translation>
    </message>
    <message>
        <source>Buildings and sites</source>
        <translation>מבנים ואתרים</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>אירועים</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>יצירות</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>מוצרים</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>שפות</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>תאריכים</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>שעות</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>כסף</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>אחוזים</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Undo visual-order conversion</source>
        <translation>ביטול ההמרה מסדר חזותי</translation>
    </message>
    <message>
        <source>Convert from visual order</source>
        <translation>המרה מסדר חזותי</translation>
    </message>
    <message>
        <source>Detected encoding — choose another to re-read the file</source>
        <translation>הקידוד שזוהה – בחירת קידוד אחר קוראת את הקובץ מחדש</translation>
    </message>
    <message>
        <source>The file was saved in visual (reversed) order and converted; undo if it reads wrong</source>
        <translation>הקובץ נשמר בסדר חזותי (הפוך) והומר; אפשר לבטל אם הוא נקרא לא נכון</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Stop the analysis of this document</source>
        <translation>עצירת הניתוח של מסמך זה</translation>
    </message>
    <message>
        <source>Words in the article and reading time at {n} words a minute</source>
        <translation>מילים בכתבה וזמן קריאה ב־{n} מילים לדקה</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pasted text</source>
        <translation>טקסט מודבק</translation>
    </message>
    <message>
        <source>This text is too long to keep: it will be gone when Tamtzit closes.</source>
        <translation>הטקסט ארוך מכדי לשמור אותו: הוא לא יישמר לאחר סגירת תמצית.</translation>
    </message>
    <message>
        <source>Nothing to copy yet.</source>
        <translation>אין עדיין מה להעתיק.</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>התקציר הועתק.</translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown (*.md);;Plain text (*.txt)</source>
        <translation>דף אינטרנט (*.html);;Markdown (*.md);;טקסט פשוט (*.txt)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>לא ניתן לכתוב את {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>נשמר: {path}</translation>
    </message>
    <message>
        <source>Tamtzit</source>
        <translation>תמצית</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>אין טקסט בלוח ההעתקה.</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>אינו קובץ רגיל</translation>
    </message>
</context>
<context>
    <name>MenuTexts</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;פתיחה…</translation>
    </message>
    <message>
        <source>Open one or more files</source>
        <translation>פתיחת קובץ אחד או יותר</translation>
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation>ה&amp;דבקה כמסמך חדש</translation>
    </message>
    <message>
        <source>Open the text on the clipboard as a new document</source>
        <translation>פתיחת הטקסט שבלוח ההעתקה כמסמך חדש</translation>
    </message>
    <message>
        <source>Export &amp;summary…</source>
        <translation>ייצוא ה&amp;תקציר…</translation>
    </message>
    <message>
        <source>Save the summary as .html, .md or .txt</source>
        <translation>שמירת התקציר כ־html‏, md או txt</translation>
    </message>
    <message>
        <source>Export &amp;annotated article…</source>
        <translation>ייצוא הכתבה ה&amp;מסומנת…</translation>
    </message>
    <message>
        <source>Save the article with its summary and entities marked</source>
        <translation>שמירת הכתבה עם התקציר והשמות מסומנים</translation>
    </message>
    <message>
        <source>&amp;Close document</source>
        <translation>&amp;סגירת המסמך</translation>
    </message>
    <message>
        <source>Close the current document</source>
        <translation>סגירת המסמך הנוכחי</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>Quit Tamtzit</source>
        <translation>יציאה מתמצית</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>העתקת ה&amp;תקציר</translation>
    </message>
    <message>
        <source>Copy the summary, title first, in the article's direction</source>
        <translation>העתקת התקציר, הכותרת ראשונה, בכיוון הכתבה</translation>
    </message>
    <message>
        <source>Show &amp;removed blocks</source>
        <translation>הצגת קטעים ש&amp;הוסרו</translation>
    </message>
    <message>
        <source>Show the repeated blocks the cleaner removed</source>
        <translation>הצגת הקטעים החוזרים שהניקוי הסיר</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ה&amp;גדלה</translation>
    </message>
    <message>
        <source>Larger article, summary and names</source>
        <translation>כתבה, תקציר ושמות גדולים יותר</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ה&amp;קטנה</translation>
    </message>
    <message>
        <source>Smaller article, summary and names</source>
        <translation>כתבה, תקציר ושמות קטנים יותר</translation>
    </message>
    <message>
        <source>Normal si&amp;ze</source>
        <translation>גודל &amp;רגיל</translation>
    </message>
    <message>
        <source>Default size of the article, summary and names</source>
        <translation>הגודל הרגיל של הכתבה, התקציר והשמות</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;חיפוש בכתבה…</translation>
    </message>
    <message>
        <source>Find words in the article, with or without nikud and prefixes</source>
        <translation>חיפוש מילים בכתבה, עם ניקוד ותחיליות או בלעדיהם</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>התוצאה ה&amp;באה</translation>
    </message>
    <message>
        <source>Go to the next match in the article</source>
        <translation>מעבר לתוצאת החיפוש הבאה בכתבה</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>התוצאה ה&amp;קודמת</translation>
    </message>
    <message>
        <source>Go to the previous match in the article</source>
        <translation>מעבר לתוצאת החיפוש הקודמת בכתבה</translation>
    </message>
    <message>
        <source>Filter n&amp;ames</source>
        <translation>&amp;סינון שמות</translation>
    </message>
    <message>
        <source>Type to show only the names that match</source>
        <translation>הקלדה מציגה רק את השמות המתאימים</translation>
    </message>
    <message>
        <source>&amp;Next mention</source>
        <translation>האזכור ה&amp;בא</translation>
    </message>
    <message>
        <source>Next mention of the selected name</source>
        <translation>האזכור הבא של השם הנבחר</translation>
    </message>
    <message>
        <source>P&amp;revious mention</source>
        <translation>האזכור ה&amp;קודם</translation>
    </message>
    <message>
        <source>Previous mention of the selected name</source>
        <translation>האזכור הקודם של השם הנבחר</translation>
    </message>
    <message>
        <source>&amp;Longer summary</source>
        <translation>תקציר &amp;ארוך יותר</translation>
    </message>
    <message>
        <source>One more sentence in the summary</source>
        <translation>משפט אחד נוסף בתקציר</translation>
    </message>
    <message>
        <source>S&amp;horter summary</source>
        <translation>תקציר &amp;קצר יותר</translation>
    </message>
    <message>
        <source>One sentence fewer in the summary</source>
        <translation>משפט אחד פחות בתקציר</translation>
    </message>
    <message>
        <source>Go to &amp;article</source>
        <translation>מעבר ל&amp;כתבה</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the article</source>
        <translation>העברת המיקוד לכתבה</translation>
    </message>
    <message>
        <source>Go to su&amp;mmary</source>
        <translation>מעבר ל&amp;תקציר</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the summary</source>
        <translation>העברת המיקוד לתקציר</translation>
    </message>
    <message>
        <source>Go to &amp;names</source>
        <translation>מעבר ל&amp;שמות</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the names and places</source>
        <translation>העברת המיקוד לשמות ולמקומות</translation>
    </message>
    <message>
        <source>Ne&amp;xt document</source>
        <translation>המסמך הבא</translation>
    </message>
    <message>
        <source>Switch to the next open document</source>
        <translation>מעבר למסמך הפתוח הבא</translation>
    </message>
    <message>
        <source>Pre&amp;vious document</source>
        <translation>המסמך הקודם</translation>
    </message>
    <message>
        <source>Switch to the previous open document</source>
        <translation>מעבר למסמך הפתוח הקודם</translation>
    </message>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation>ביטול הניתוח</translation>
    </message>
    <message>
        <source>Stop the analysis of this document</source>
        <translation>עצירת הניתוח של מסמך זה</translation>
    </message>
    <message>
        <source>&amp;Focus mode</source>
        <translation>מצב &amp;ריכוז</translation>
    </message>
    <message>
        <source>Only the article: hide the menus, the summary and the names (F11 or Esc to leave)</source>
        <translation>רק הכתבה: הסתרת התפריטים, התקציר והשמות (F11 או Esc ליציאה)</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>לפי המערכת</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is</source>
        <translation>בהיר או כהה, לפי שולחן העבודה</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>בהיר</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>תמיד בהיר</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>כהה</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>תמיד כהה</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>ספיה</translation>
    </message>
    <message>
        <source>Warm paper and brown ink, easier on the eyes for long reading</source>
        <translation>נייר חם ודיו חומה, נוח לעיניים בקריאה ארוכה</translation>
    </message>
    <message>
        <source>S&amp;erif font</source>
        <translation>גופן &amp;סריף</translation>
    </message>
    <message>
        <source>Set the article in Noto Serif Hebrew instead of Noto Sans Hebrew</source>
        <translation>הצגת הכתבה בגופן Noto Serif Hebrew במקום Noto Sans Hebrew</translation>
    </message>
    <message>
        <source>S&amp;ystem language</source>
        <translation>שפת המערכת</translation>
    </message>
    <message>
        <source>Hebrew or English as the system is</source>
        <translation>עברית או אנגלית, לפי המערכת</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;קיצורי מקלדת</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>רשימת כל קיצורי המקלדת</translation>
    </message>
    <message>
        <source>&amp;About Tamtzit</source>
        <translation>&amp;אודות תמצית</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>גרסה ורישיונות</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>קבצים &amp;אחרונים</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>ע&amp;רכת צבעים</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>Line &amp;spacing</source>
        <translation>&amp;מרווח שורות</translation>
    </message>
    <message>
        <source>Column &amp;width</source>
        <translation>&amp;רוחב טור</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <source>Texts (*.txt *.md *.markdown *.html *.htm *.docx *.odt);;All files (*)</source>
        <translation>טקסטים (*.txt *.md *.markdown *.html *.htm *.docx *.odt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>אין קבצים אחרונים</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Fonts: Noto Sans Hebrew and Noto Serif Hebrew, SIL Open Font License 1.1</source>
        <translation>גופנים: Noto Sans Hebrew ו־Noto Serif Hebrew, ‏SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>Entity and prefix models: trained on the NEMO corpus over the Hebrew UD Treebank (Bareket &amp; Tsarfaty 2021), CC BY-NC-SA 4.0</source>
        <translation>מודלי הישויות והתחיליות: אומנו על קורפוס NEMO ‏(Hebrew UD Treebank), ‏CC BY-NC-SA 4.0</translation>
    </message>
    <message>
        <source>Word frequencies: wordfreq by Robyn Speer, CC BY-SA 4.0</source>
        <translation>שכיחויות מילים: wordfreq מאת Robyn Speer, ‏CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>Place and language names: Unicode CLDR, Unicode License v3; first and last names: hebrew-names, MIT</source>
        <translation>שמות מקומות ושפות: Unicode CLDR, ‏Unicode License v3; שמות פרטיים ושמות משפחה: hebrew-names, ‏MIT</translation>
    </message>
    <message>
        <source>Names of states and provinces: ISO 3166-2 from Debian iso-codes, LGPL 2.1+; of cities: GeoNames, CC BY 4.0</source>
        <translation>שמות מדינות ומחוזות (כמו טקסס ואונטריו): ISO 3166-2 מתוך iso-codes של Debian, ‏LGPL 2.1+; שמות ערים: GeoNames, ‏CC BY 4.0</translation>
    </message>
    <message>
        <source>Company names: the stock indices' constituents from pytickersymbols (MIT), gathered from Wikipedia</source>
        <translation>שמות חברות: החברות במדדי המניות מתוך pytickersymbols ‏(MIT), שנאספו מוויקיפדיה</translation>
    </message>
    <message>
        <source>Built with Qt for Python (LGPL 3), python-bidi (LGPL 3), python-crfsuite (MIT), charset-normalizer (MIT), lxml (BSD), platformdirs (MIT), NumPy and SciPy (BSD); summary methods after sumy (Apache 2.0)</source>
        <translation>נבנה בעזרת Qt for Python ‏(LGPL 3), ‏python-bidi ‏(LGPL 3), ‏python-crfsuite ‏(MIT), ‏charset-normalizer ‏(MIT), ‏lxml ‏(BSD), ‏platformdirs ‏(MIT), ‏NumPy ו-SciPy ‏(BSD); שיטות התקציר בעקבות sumy ‏(Apache 2.0)</translation>
    </message>
    <message>
        <source>Tamtzit</source>
        <translation>תמצית</translation>
    </message>
    <message>
        <source>A Hebrew reader that cleans articles, summarizes them and marks the people, places and organizations in them. Everything runs on this computer; nothing is sent anywhere.</source>
        <translation>קורא עברי שמנקה כתבות, מתמצת אותן ומסמן בהן אנשים, מקומות וארגונים. הכול רץ במחשב הזה; דבר אינו נשלח לשום מקום.</translation>
    </message>
    <message>
        <source>About Tamtzit</source>
        <translation>אודות תמצית</translation>
    </message>
    <message>
        <source>Entity model, more training data: IAHLT Knesset named entities (IAHLT), CC BY 4.0</source>
        <translation>מודל הישויות, נתוני אימון נוספים: ישויות בפרוטוקולי הכנסת של IAHLT ‏(IAHLT Knesset), ‏CC BY 4.0</translation>
    </message>
</context>
<context>
    <name>NameFilter</name>
    <message>
        <source>Filter names</source>
        <translation>סינון שמות</translation>
    </message>
    <message>
        <source>Show only the names with a word that begins so; nikud and prefixes do not matter (Esc clears)</source>
        <translation>מציג רק שמות שאחת ממילותיהם מתחילה כך; ניקוד ותחיליות אינם משנים (Esc מנקה)</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>{percent}% read</source>
        <translation>נקראו {percent}%</translation>
    </message>
</context>
<context>
    <name>SummaryPane</name>
    <message>
        <source>Summarizing…</source>
        <translation>מסכם…</translation>
    </message>
    <message>
        <source>Click to show this sentence in the article</source>
        <translation>לחיצה מציגה את המשפט בכתבה</translation>
    </message>
    <message>
        <source>{n} of {total} sentences</source>
        <translation>{n} מתוך {total} משפטים</translation>
    </message>
    <message>
        <source>{n} of {total} sentences; a question and its answer are one item</source>
        <translation>{n} מתוך {total} משפטים; שאלה ותשובתה הן פריט אחד</translation>
    </message>
    <message>
        <source>No summary: the text has no body sentences of four words or more.</source>
        <translation>אין תקציר: אין בטקסט משפטי גוף בני ארבע מילים או יותר.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>תקציר</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <source>Copy the summary, title first, in the article's direction (Ctrl+Shift+C)</source>
        <translation>העתקת התקציר, הכותרת ראשונה, בכיוון הכתבה (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Summary length: automatic, a number of sentences, or a share of the article</source>
        <translation>אורך התקציר: אוטומטי, מספר משפטים, או חלק מהכתבה</translation>
    </message>
    <message>
        <source>How many sentences, or what percentage of the article</source>
        <translation>כמה משפטים, או איזה אחוז מהכתבה</translation>
    </message>
    <message>
        <source>Automatic length</source>
        <translation>אורך אוטומטי</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>משפטים</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>אחוזים</translation>
    </message>
    <message>
        <source>Summary sentences in article order; click one to find it in the article</source>
        <translation>משפטי התקציר לפי סדר הכתבה; לחיצה על משפט מאתרת אותו בכתבה</translation>
    </message>
    <message>
        <source>Summarization method: {what}</source>
        <translation>שיטת הסיכום: {what}</translation>
    </message>
</context>
<context>
    <name>TypographyTexts</name>
    <message>
        <source>&amp;Compact</source>
        <translation>צפוף</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>רגיל</translation>
    </message>
    <message>
        <source>&amp;Relaxed</source>
        <translation>מרווח</translation>
    </message>
    <message>
        <source>&amp;Narrow</source>
        <translation>צר</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>בינוני</translation>
    </message>
    <message>
        <source>&amp;Wide</source>
        <translation>רחב</translation>
    </message>
    <message>
        <source>Lines {percent}% of the font's height apart</source>
        <translation>רווח של {percent}% מגובה הגופן בין השורות</translation>
    </message>
    <message>
        <source>About {n} characters to a line; narrower in a small window</source>
        <translation>כ־{n} תווים בשורה; פחות בחלון קטן</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>This file is no longer there: {path}</source>
        <translation>הקובץ כבר אינו שם: {path}</translation>
    </message>
    <message>
        <source>Tamtzit</source>
        <translation>תמצית</translation>
    </message>
    <message>
        <source>Hebrew articles cleaned, summarized, with their people, places and organizations marked</source>
        <translation>כתבות ומאמרים בעברית: ניקוי, תקציר וסימון האנשים, המקומות והארגונים</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>פתיחת קובץ…</translation>
    </message>
    <message>
        <source>Open one or more text files (Ctrl+O)</source>
        <translation>פתיחת קובץ טקסט אחד או יותר (Ctrl+O)</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>הדבקת טקסט</translation>
    </message>
    <message>
        <source>Open the text on the clipboard as a new document (Ctrl+V)</source>
        <translation>פתיחת הטקסט שבלוח ההעתקה כמסמך חדש (Ctrl+V)</translation>
    </message>
    <message>
        <source>…or drop files or text from a browser anywhere on this window.</source>
        <translation>…או גררו לחלון קבצים, או טקסט מהדפדפן.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>קבצים אחרונים</translation>
    </message>
</context>
<context>
    <name>SummaryMethods</name>
    <message>
        <source>Common thread (LexRank)</source>
        <translation>החוט המקשר (LexRank)</translation>
    </message>
    <message>
        <source>Well-connected sentences (TextRank)</source>
        <translation>משפטים מקושרים (TextRank)</translation>
    </message>
    <message>
        <source>Main topics (LSA)</source>
        <translation>נושאים מרכזיים (LSA)</translation>
    </message>
    <message>
        <source>Key words (Luhn)</source>
        <translation>מילות מפתח (Luhn)</translation>
    </message>
    <message>
        <source>Title and place (Edmundson)</source>
        <translation>כותרת ומיקום (Edmundson)</translation>
    </message>
    <message>
        <source>Each topic once (SumBasic)</source>
        <translation>כל נושא פעם אחת (SumBasic)</translation>
    </message>
    <message>
        <source>The article&apos;s word mix (KL-Sum)</source>
        <translation>תמהיל המילים של הכתבה (KL-Sum)</translation>
    </message>
    <message>
        <source>Shared words (Reduction)</source>
        <translation>מילים משותפות (Reduction)</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>מומלץ</translation>
    </message>
    <message>
        <source>Made for news: early sentences that state the story, central to the article and its headline</source>
        <translation>מותאם לחדשות: משפטים מוקדמים שמוסרים את עיקר הידיעה, מרכזיים בכתבה ובכותרת שלה</translation>
    </message>
    <message>
        <source>Sentences most like many others: the article's common thread</source>
        <translation>משפטים הדומים לרבים אחרים: החוט המקשר של הכתבה</translation>
    </message>
    <message>
        <source>Sentences that share words with other central sentences, long ones damped</source>
        <translation>משפטים החולקים מילים עם משפטים מרכזיים אחרים, בריסון משפטים ארוכים</translation>
    </message>
    <message>
        <source>Sentences rich in the article's distinct words (latent topics)</source>
        <translation>משפטים עשירים במילים הייחודיות של הכתבה (נושאים סמויים)</translation>
    </message>
    <message>
        <source>Sentences with dense clusters of the article's most frequent words</source>
        <translation>משפטים עם ריכוז צפוף של המילים השכיחות בכתבה</translation>
    </message>
    <message>
        <source>Sentences that repeat the title's words, and the first and last of each paragraph</source>
        <translation>משפטים שחוזרים על מילות הכותרת, והמשפט הראשון והאחרון בכל פסקה</translation>
    </message>
    <message>
        <source>Frequent words, each topic once: later picks avoid words already covered</source>
        <translation>מילים שכיחות, כל נושא פעם אחת: הבחירות הבאות נמנעות ממילים שכבר כוסו</translation>
    </message>
    <message>
        <source>The sentences whose words together match the article's word mix best</source>
        <translation>המשפטים שמילותיהם יחד תואמות הכי טוב את תמהיל המילים של הכתבה</translation>
    </message>
    <message>
        <source>Sentences most connected to all others by shared words (long ones favoured)</source>
        <translation>משפטים המחוברים הכי הרבה לכל האחרים במילים משותפות (משפטים ארוכים מועדפים)</translation>
    </message>
    <message>
        <source>Opening sentences</source>
        <translation>משפטי הפתיחה</translation>
    </message>
    <message>
        <source>The article's first sentences, in order</source>
        <translation>המשפטים הראשונים של הכתבה, לפי הסדר</translation>
    </message>
</context>
<context>
    <name>DialogTexts</name>
    <message>
        <source>Look in:</source>
        <translation>חיפוש בתוך:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>סוג הקבצים:</translation>
    </message>
</context>
<context>
    <name>LoadMessages</name>
    <message>
        <source>the file is not there</source>
        <translation>הקובץ אינו קיים</translation>
    </message>
    <message>
        <source>you have no permission to read it</source>
        <translation>אין הרשאה לקרוא אותו</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>זו תיקייה, לא קובץ</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>זה אינו קובץ רגיל</translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation>לא ניתן לקרוא אותו ({detail})</translation>
    </message>
    <message>
        <source>it is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>הוא גדול מדי ({size} MB; המגבלה היא {limit} MB)</translation>
    </message>
    <message>
        <source>it is not a text file (it looks like {what})</source>
        <translation>זה אינו קובץ טקסט (נראה כמו {what})</translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation>זה אינו קובץ טקסט</translation>
    </message>
    <message>
        <source>it is not {encoding} text; try another encoding</source>
        <translation>זה אינו טקסט בקידוד {encoding}; נסו קידוד אחר</translation>
    </message>
    <message>
        <source>it starts with a {encoding} mark but is not {encoding} text</source>
        <translation>הוא מתחיל בסימן {encoding} אבל אינו טקסט {encoding}</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>קידוד לא מוכר: {encoding}</translation>
    </message>
    <message>
        <source>it is not a .{format} document (damaged, or another kind of file renamed)</source>
        <translation>זה אינו מסמך {format} (פגום, או קובץ מסוג אחר ששמו שונה)</translation>
    </message>
    <message>
        <source>the .{format} file is damaged</source>
        <translation>קובץ ה־{format} פגום</translation>
    </message>
    <message>
        <source>the document declares XML entities, which are refused</source>
        <translation>המסמך מגדיר ישויות XML, והן נדחות</translation>
    </message>
    <message>
        <source>Could not open {name}: {reason}</source>
        <translation>לא ניתן לפתוח את {name}: {reason}</translation>
    </message>
    <message>
        <source>it is too large ({size} bytes; the limit is {limit} MB)</source>
        <translation>הוא גדול מדי ({size} בתים; המגבלה היא {limit} MB)</translation>
    </message>
    <message>
        <source>it is over the {limit} MB limit</source>
        <translation>הוא חורג מהמגבלה של {limit} MB</translation>
    </message>
    <message>
        <source>it is too large for Tamtzit</source>
        <translation>הוא גדול מדי בשביל תמצית</translation>
    </message>
    <message>
        <source>the document is password-protected; save it without a password</source>
        <translation>המסמך מוגן בסיסמה; שמרו אותו בלי סיסמה</translation>
    </message>
    <message>
        <source>the document is compressed in a way Tamtzit cannot read; save it again</source>
        <translation>המסמך דחוס בשיטה שתמצית אינה קוראת; שמרו אותו מחדש</translation>
    </message>
    <message>
        <source>it was refused ({detail})</source>
        <translation>הוא נדחה ({detail})</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>מסמך PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>תמונת PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>תמונת JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>תמונת GIF</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ארכיון ZIP</translation>
    </message>
    <message>
        <source>an old Office document (.doc/.xls); save it as .docx</source>
        <translation>מסמך Office ישן (‎.doc/.xls); יש לשמור אותו כ־docx.</translation>
    </message>
    <message>
        <source>an RTF document; save it as .docx or .txt</source>
        <translation>מסמך RTF; יש לשמור אותו כ־docx. או כ־txt.</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>תוכנה</translation>
    </message>
    <message>
        <source>a compressed file</source>
        <translation>קובץ דחוס</translation>
    </message>
</context>
<context>
    <name>ReadingFigures</name>
    <message>
        <source>No words</source>
        <translation>אין מילים</translation>
    </message>
    <message>
        <source>One word</source>
        <translation>מילה אחת</translation>
    </message>
    <message>
        <source>{words} words</source>
        <translation>{words} מילים</translation>
    </message>
    <message>
        <source>under a minute to read</source>
        <translation>פחות מדקת קריאה</translation>
    </message>
    <message>
        <source>a minute to read</source>
        <translation>דקת קריאה אחת</translation>
    </message>
    <message>
        <source>{minutes} minutes to read</source>
        <translation>{minutes} דקות קריאה</translation>
    </message>
</context>
</TS>
