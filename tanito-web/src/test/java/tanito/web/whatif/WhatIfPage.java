package tanito.web.whatif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tanito.web.HeadlessChromium;

/**
 * The What-If page in a browser, as the tests drive it: open a view, type, choose, wait for what
 * the page marks as shown ({@code body[data-view]}, a chart's {@code data-shows}, the prediction's
 * {@code data-class}), and save pictures.
 */
record WhatIfPage(ChromeDriver browser) {
    /** The browser's window height beyond the page's (its title and tool bars in headless Chromium). */
    private static final int CHROME = 143;
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 860;

    /** Opens a view ({@code #table}, {@code #editor/12}, ...) of {@code server} and waits until it is shown. */
    void open(WhatIfServer server, String fragment) {
        String page = server.url("127.0.0.1");
        String view = fragment.substring(1).split("/")[0];
        if (browser.getCurrentUrl().startsWith(page)) {
            ((JavascriptExecutor) browser).executeScript("location.hash = arguments[0]", fragment);
        } else {
            browser.get(page + fragment);
        }
        new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(50))
                .withMessage(() -> "the page did not show " + view + ": " + text("error"))
                .until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-status"))
                        && view.equals(d.findElement(By.tagName("body")).getAttribute("data-view")));
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    String attribute(String id, String name) {
        return browser.findElement(By.id(id)).getAttribute(name);
    }

    void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    /** Replaces the text of the input {@code id} by {@code value}, as a person types it. */
    void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    void choose(String id, String visibleText) {
        new Select(browser.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    /** Waits until the editor shows {@code said} (a class name or value) with no prediction pending. */
    void waitForPrediction(String said) {
        waitUntil(() -> "the page predicts " + text("predicted-class") + ", not " + said,
                () -> "false".equals(attribute("predicted-class", "data-pending"))
                        && said.equals(attribute("predicted-class", "data-class")));
    }

    /** Waits until the chart on {@code canvas} shows {@code what} (its {@code data-shows}). */
    void waitForChart(String canvas, String what) {
        waitUntil(() -> canvas + " shows " + attribute(canvas, "data-shows") + ", not " + what,
                () -> what.equals(attribute(canvas, "data-shows")));
    }

    /** Finds the nearest counterfactual and returns the row the page shows. */
    int findCounterfactual() {
        click("find-counterfactual");
        waitUntil(() -> "no counterfactual shown", () -> !attribute("counterfactual", "data-row").isEmpty());
        return Integer.parseInt(text("counterfactual-row"));
    }

    void waitUntil(Supplier<String> message, BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(50)).withMessage(message)
                .until(d -> condition.getAsBoolean());
    }

    /** Saves the top {@code height} pixels of the page as target/{@code name}.png. */
    void screenshot(String name, int height) {
        browser.manage().window().setSize(new Dimension(WIDTH, height + CHROME));
        try {
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT + CHROME));
        }
    }

    /** A browser for the page at the usual size. */
    static WhatIfPage start() {
        return new WhatIfPage(HeadlessChromium.start(WIDTH, HEIGHT + CHROME, "--hide-scrollbars"));
    }
}
