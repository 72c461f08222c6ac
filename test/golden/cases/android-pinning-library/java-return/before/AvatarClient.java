package golden.android_pinning_library.java_return;

import android.content.Context;

import java.io.IOException;
import java.net.URL;

import javax.net.ssl.HttpsURLConnection;

import org.thoughtcrime.ssl.pinning.util.PinningHelper;

final class AvatarClient {
    private final Context context;

    AvatarClient(Context context) {
        this.context = context;
    }

    HttpsURLConnection open(String user) throws IOException {
        String[] pins = new String[] { "99bbd84db45433734799bff0becc4ef65afd7f8e", "06ca4eb93e4b6a4d9af5b8e589c12bd9b187b5e3" };
        return PinningHelper.getPinnedHttpsURLConnection(context, pins, new URL("https://avatars.quillfeed.example/" + user));
    }
}
