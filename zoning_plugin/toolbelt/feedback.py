"""The core's feedback protocol (progress(fraction), cancelled()) over a QgsProcessingFeedback, so
that a long core call moves Processing's progress bar, says about how long is left under it, and
stops at its cancel button."""
import time

from zoning_plugin.toolbelt.i18n import tr

# An estimate is worth showing once the rate has settled and a run is long enough to wait for.
ESTIMATE_AFTER_S = 3.0
ESTIMATE_AFTER_FRACTION = 0.02
ESTIMATE_EVERY_S = 10.0   # Processing's dialog also logs each progress text


def duration_text(seconds):
    """“about 2 min 5 s” in the UI language, rounded as a waiting user reads it."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return tr("about {0} s").format(max(1, seconds))
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return tr("about {0} min {1} s").format(minutes, seconds - seconds % 5)
    hours, minutes = divmod(minutes, 60)
    return tr("about {0} h {1} min").format(hours, minutes)


class CoreFeedback:
    """Core progress 0–1 shown as `start` … `start + span` percent of `feedback`, with the time
    left to 100 % (the rate since this object's creation, extrapolated) as the progress text;
    `clock` is time.monotonic unless a test gives its own."""

    def __init__(self, feedback, start=0.0, span=100.0, clock=time.monotonic):
        self.feedback, self.start, self.span, self.clock = feedback, start, span, clock
        self.began = clock()
        self.said = None          # when the estimate was last shown

    def progress(self, fraction):
        fraction = max(0.0, min(1.0, fraction))
        self.feedback.setProgress(self.start + self.span * fraction)
        now = self.clock()
        elapsed = now - self.began
        if fraction < ESTIMATE_AFTER_FRACTION or elapsed < ESTIMATE_AFTER_S or fraction >= 1.0:
            return
        if self.said is not None and now - self.said < ESTIMATE_EVERY_S:
            return
        self.said = now
        # The whole bar's remainder at this call's rate: what follows it (writing, a report) is
        # taken to go as fast, which is what a user can know of it.
        percent = self.start + self.span * fraction
        left = elapsed / (self.span * fraction) * (100.0 - percent)
        self.feedback.setProgressText(tr("{0}% done, {1} left").format(int(percent), duration_text(left)))

    def cancelled(self):
        return self.feedback.isCanceled()
