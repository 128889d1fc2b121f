"""The stages of `app.core.clean.clean`: paragraphs, headline, repeats, boilerplate, punctuation."""
