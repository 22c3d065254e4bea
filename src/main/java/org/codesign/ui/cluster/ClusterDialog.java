package org.codesign.ui.cluster;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/** The Run ▸ Cluster… window: the cluster to join, and its members with their cores and rates. */
public final class ClusterDialog {
    private final ClusterViewModel model;
    private Stage stage;

    public ClusterDialog(ClusterViewModel model) {
        this.model = model;
    }

    /**
     * The Run menu with Cluster…; the main window's coordinator leaves the cluster when the window
     * closes.
     */
    public static javafx.scene.control.Menu menu(Stage owner, ClusterViewModel model) {
        ClusterDialog dialog = new ClusterDialog(model);
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Cluster…");
        item.setId("menu-cluster");
        item.setOnAction(e -> dialog.show(owner));
        owner.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> model.disconnect());
        javafx.scene.control.Menu run = new javafx.scene.control.Menu("Run", null, item);
        run.setId("menu-run");
        return run;
    }

    /** Shows the window (one per main window), refreshing the members every second while open. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Cluster");
            stage.setScene(new Scene(content(), 600, 420));
            Timeline refresh = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.refresh()));
            refresh.setCycleCount(Timeline.INDEFINITE);
            stage.setOnShown(e -> refresh.play());
            stage.setOnHidden(e -> refresh.stop());
        }
        stage.show();
        stage.toFront();
    }

    private VBox content() {
        TextField name = field("cluster-name", "lab");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField secret = field("cluster-secret-file", "/path/to/lab.secret");
        secret.textProperty().bindBidirectional(model.secretFileProperty());
        TextField members = field("cluster-members", "empty: this machine; or 10.0.0.5:5701, …");
        members.textProperty().bindBidirectional(model.membersProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Cluster name"), name);
        form.addRow(1, new Label("Secret file"), secret);
        form.addRow(2, new Label("Members"), members);
        Button connect = new Button("Connect");
        connect.setId("cluster-connect");
        connect.disableProperty().bind(model.connectedProperty());
        connect.setOnAction(e -> model.connect());
        Button disconnect = new Button("Disconnect");
        disconnect.setId("cluster-disconnect");
        disconnect.disableProperty().bind(model.connectedProperty().not());
        disconnect.setOnAction(e -> model.disconnect());
        Label status = new Label();
        status.setId("cluster-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        TableView<ClusterViewModel.MemberRow> table = new TableView<>(model.rows());
        table.setId("cluster-members-table");
        table.getColumns().add(column("Member", r -> r.address()));
        table.getColumns().add(column("Role", r -> r.role()));
        table.getColumns().add(column("Cores", r -> Integer.toString(r.cores())));
        table.getColumns().add(column("Evaluated", r -> Long.toString(r.evaluated())));
        table.getColumns()
                .add(column(
                        "Evaluations/s", r -> String.format(java.util.Locale.ROOT, "%.1f", r.evaluationsPerSecond())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label note = new Label("While connected, new runs evaluate on the workers (studies with the built-in"
                + " accuracy model). No TLS: keep the cluster on a trusted network.");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(8, form, new HBox(8, connect, disconnect), status, table, note);
        box.setPadding(new Insets(10));
        return box;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(28);
        return f;
    }

    private static TableColumn<ClusterViewModel.MemberRow, String> column(
            String title, java.util.function.Function<ClusterViewModel.MemberRow, String> value) {
        TableColumn<ClusterViewModel.MemberRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }
}
