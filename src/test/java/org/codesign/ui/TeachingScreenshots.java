package org.codesign.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.codesign.study.Samples;
import org.codesign.ui.study.EvaluatorCache;
import org.codesign.ui.study.StudyDocument;
import org.codesign.ui.teaching.GenerationView;
import org.codesign.ui.teaching.TeachingViewModel;

/**
 * Makes the README's screenshots of teaching mode on classroom-small: the teaching view after six
 * generations with a point picked, and the same in presentation mode. Run it under Xvfb
 * (README, "Teaching mode"): {@code TeachingScreenshots OUTDIR}.
 */
public final class TeachingScreenshots {
    private TeachingScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Platform.startup(() -> {});
        StudyDocument document = new StudyDocument(Samples.load("classroom-small.codesign.json"), null);
        GenerationView view = onFx(() -> {
            GenerationView v = new GenerationView(document, new EvaluatorCache(document)::get);
            Stage stage = new Stage();
            Scene scene = new Scene(v, 1400, 820);
            scene.getStylesheets()
                    .add(MainWindow.class.getResource("codesign.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            v.viewModel().stepTimes(6);
            return v;
        });
        TeachingViewModel vm = view.viewModel();
        waitUntil(() ->
                vm.generations() == 6 && !vm.busyProperty().get() && !vm.gap().isEmpty());
        onFx(() -> {
            // the most isolated member of the first front that is not an end: a finite crowding distance
            TeachingViewModel.Row row = vm.rows().stream()
                    .filter(r -> r.rank() == 0 && Double.isFinite(r.crowding()))
                    .findFirst()
                    .orElse(vm.rows().get(0));
            vm.pickedProperty().set(row);
            vm.stepBack();
            vm.stepForward();
            vm.pickedProperty().set(row);
            return null;
        });
        Thread.sleep(1500);
        onFx(() -> {
            Screenshots.write(view.getScene(), out.resolve("teaching.png"));
            vm.presentationProperty().set(true);
            return null;
        });
        Thread.sleep(2000);
        onFx(() -> {
            Screenshots.write(view.presentationStage().getScene(), out.resolve("teaching-presentation.png"));
            return null;
        });
        Platform.exit();
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(call.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (onFx(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("teaching view did not reach generation 6");
    }
}
