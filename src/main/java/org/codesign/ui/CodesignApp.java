package org.codesign.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

public final class CodesignApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new BorderPane(new Label("Co-Design Explorer")), 1200, 800));
        stage.setTitle("Co-Design Explorer");
        stage.show();
    }
}
