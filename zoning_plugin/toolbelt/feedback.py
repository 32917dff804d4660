"""The core's feedback protocol (progress(fraction), cancelled()) over a QgsProcessingFeedback, so
that a long core call moves Processing's progress bar and stops at its cancel button."""


class CoreFeedback:
    """Core progress 0–1 shown as `start` … `start + span` percent of `feedback`."""

    def __init__(self, feedback, start=0.0, span=100.0):
        self.feedback, self.start, self.span = feedback, start, span

    def progress(self, fraction):
        self.feedback.setProgress(self.start + self.span * max(0.0, min(1.0, fraction)))

    def cancelled(self):
        return self.feedback.isCanceled()
