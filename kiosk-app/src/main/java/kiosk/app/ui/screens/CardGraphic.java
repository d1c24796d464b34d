package kiosk.app.ui.screens;

import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** A drawn ID card above the reader slot: shows where the card goes without words. */
final class CardGraphic extends StackPane {

    CardGraphic() {
        Rectangle reader = new Rectangle(300, 36);
        reader.setArcWidth(12);
        reader.setArcHeight(12);
        reader.setFill(Color.web("#37474f"));
        Rectangle card = new Rectangle(214, 135);
        card.setArcWidth(16);
        card.setArcHeight(16);
        card.setFill(Color.web("#e3f2fd"));
        card.setStroke(Color.web("#1565c0"));
        card.setStrokeWidth(3);
        card.setTranslateY(-20);
        getChildren().addAll(reader, card);
        setMinHeight(160);
        setMaxHeight(160);
        getStyleClass().add("card-graphic");
    }
}
