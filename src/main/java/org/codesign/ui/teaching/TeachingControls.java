package org.codesign.ui.teaching;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/** The teaching view's control bar: back, step, play/pause and speed, guided steps, population, restart, presentation. */
final class TeachingControls {
    private TeachingControls() {}

    static FlowPane bar(TeachingViewModel vm) {
        Button back = new Button("◀ Back");
        back.setId("teach-back");
        back.setOnAction(e -> vm.stepBack());
        back.disableProperty().bind(vm.cursorProperty().lessThan(0));
        Button step = new Button("Step ▶");
        step.setId("teach-step");
        step.setOnAction(e -> vm.stepForward());
        step.disableProperty().bind(vm.busyProperty());
        ToggleButton play = new ToggleButton();
        play.setId("teach-play");
        play.textProperty()
                .bind(Bindings.when(vm.playingProperty()).then("❚❚ Pause").otherwise("▶▶ Play"));
        play.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                vm.play();
            } else {
                vm.pause();
            }
        });
        vm.playingProperty().addListener((o, a, b) -> play.setSelected(b));
        Slider speed = new Slider(TeachingViewModel.MIN_SPEED, TeachingViewModel.MAX_SPEED, 1);
        speed.setId("teach-speed");
        speed.setPrefWidth(110);
        speed.valueProperty().bindBidirectional(vm.speedProperty());
        Label speedLabel = new Label();
        speedLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(
                                Locale.ROOT, "%.2g gen/s", vm.speedProperty().get()),
                        vm.speedProperty()));
        CheckBox guided = new CheckBox("Guided");
        guided.setId("teach-guided");
        guided.setTooltip(
                new Tooltip("Step through selection, crossover, mutation, sorting and crowding one at a time"));
        guided.selectedProperty().bindBidirectional(vm.guidedProperty());
        Spinner<Integer> population =
                new Spinner<>(4, 200, vm.populationProperty().get(), 2);
        population.setId("teach-population");
        population.getEditor().setPrefColumnCount(4);
        population
                .valueProperty()
                .addListener((o, a, b) -> vm.populationProperty().set(b));
        Button restart = new Button("Restart");
        restart.setId("teach-restart");
        restart.setOnAction(e -> vm.restart());
        ToggleButton presentation = new ToggleButton("Presentation");
        presentation.setId("teach-presentation");
        presentation.selectedProperty().bindBidirectional(vm.presentationProperty());
        FlowPane bar = new FlowPane(
                8,
                4,
                back,
                step,
                play,
                new Label("Speed"),
                speed,
                speedLabel,
                guided,
                new Label("Population"),
                population,
                restart,
                presentation);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
