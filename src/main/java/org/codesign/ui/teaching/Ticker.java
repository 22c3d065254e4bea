package org.codesign.ui.teaching;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Calls a task at a fixed period on the FX thread while started: what Play drives. */
public interface Ticker {
    void start(double periodSeconds, Runnable tick);

    void stop();

    /** A JavaFX timeline. */
    static Ticker timeline() {
        return new Ticker() {
            private Timeline timeline;

            @Override
            public void start(double periodSeconds, Runnable tick) {
                stop();
                timeline = new Timeline(new KeyFrame(Duration.seconds(periodSeconds), e -> tick.run()));
                timeline.setCycleCount(Timeline.INDEFINITE);
                timeline.play();
            }

            @Override
            public void stop() {
                if (timeline != null) {
                    timeline.stop();
                    timeline = null;
                }
            }
        };
    }
}
