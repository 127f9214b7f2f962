"""Documents in the app: preview, print and PDF of what rmcoach.documents renders."""
