package golden.sdk_init.java_application;

import android.app.Application;
import io.approov.service.okhttp.ApproovService;

/** Holds the objects shared by every screen of the catalogue. */
public class CatalogueApp extends Application {
    private static CatalogueApp instance;
    private final StringBuilder log = new StringBuilder();

    public static CatalogueApp get() {
        return instance;
    }

    public void record(String event) {
        instance = this;
        log.append(event).append('\n');
    }

    @Override
    public void onCreate() {
        super.onCreate();
        ApproovService.initialize(getApplicationContext(), "#catalogue#K/XPlLtfcwnWkzv99Wj5VmAxo4CrU267J1KlQyoz8Qo=");
    }
}
