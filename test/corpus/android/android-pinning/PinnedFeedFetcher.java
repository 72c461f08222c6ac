package net.quillfeed.reader.sync;

import android.content.Context;
import android.util.Log;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.apache.http.client.HttpClient;
import org.thoughtcrime.ssl.pinning.PinningHelper;
import org.thoughtcrime.ssl.pinning.PinningTrustManager;
import org.thoughtcrime.ssl.pinning.SystemKeyStore;

/** Feed sync over AndroidPinning (SHA-1 hashes of the servers' SubjectPublicKeyInfo, hex). */
public final class PinnedFeedFetcher {

    private static final String TAG = "PinnedFeedFetcher";

    // Sync API key and the CA it chains to.
    private static final String[] SYNC_PINS = {
            "b3021bd9ae9e3c96365f90300fec972f5a346222",
            "704289ffc55db5523982283cc9df57eda8ff6714",
    };

    private final Context context;

    public PinnedFeedFetcher(Context context) {
        this.context = context;
    }

    public InputStream openFeed(String path) throws IOException {
        URL url = new URL("https://sync.quillfeed.net/" + path);
        HttpsURLConnection connection = PinningHelper.getPinnedHttpsURLConnection(context, SYNC_PINS, url); // ph-expect: android-pinning-library
        return connection.getInputStream();
    }

    public InputStream openAvatar(String user) throws IOException {
        String[] pins = new String[] { "99bbd84db45433734799bff0becc4ef65afd7f8e" }; // ph-expect: pin-no-backup
        URL url = new URL("https://avatars.quillfeed.net/" + user);
        HttpsURLConnection connection = PinningHelper.getPinnedHttpsURLConnection(context, pins, url); // ph-expect: android-pinning-library
        return connection.getInputStream();
    }

    public HttpClient legacyClient() {
        return PinningHelper.getPinnedHttpClient(context, SYNC_PINS); // ph-expect: android-pinning-library
    }

    public SSLContext pushContext() throws Exception {
        TrustManager[] trustManagers = new TrustManager[] {
                new PinningTrustManager(SystemKeyStore.getInstance(context), // ph-expect: android-pinning-library
                        new String[] {
                                "06ca4eb93e4b6a4d9af5b8e589c12bd9b187b5e3",
                                "b7492e9606bf2e3b567a935c8f5ca7c6e32857e0",
                        },
                        0)
        };
        SSLContext sslContext = SSLContext.getInstance("TLS");
        sslContext.init(null, trustManagers, null);
        return sslContext;
    }

    /** Pins for partner feeds come from the signed remote config at run time. */
    public InputStream openPartnerFeed(URL url, RemoteConfig config) throws IOException {
        String[] partnerPins = config.pinsFor(url.getHost());
        if (partnerPins.length == 0) {
            Log.w(TAG, "no pins for " + url.getHost());
        }
        return PinningHelper.getPinnedHttpsURLConnection(context, partnerPins, url).getInputStream();
    }

    public interface RemoteConfig {
        String[] pinsFor(String host);
    }
}
