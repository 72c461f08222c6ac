package golden.sdk_init.java_new_application;

import android.app.Application;
import io.approov.service.volley.ApproovService;

public class MainApplication extends Application {
    @Override
    public void onCreate() {
        super.onCreate();
        ApproovService.initialize(getApplicationContext(), "<enter-your-config-string-here>");
    }
}
