plugins {
    id("com.android.application")
}

android {
    namespace = "com.example.bank"
}

dependencies {
    implementation("io.approov:service.okhttp:3.5.5")
}
