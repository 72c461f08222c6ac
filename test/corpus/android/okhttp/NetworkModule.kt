package com.acme.shop.di

import android.content.Context
import com.acme.shop.BuildConfig
import com.acme.shop.api.ShopApi
import dagger.Module
import dagger.Provides
import dagger.hilt.InstallIn
import dagger.hilt.android.qualifiers.ApplicationContext
import dagger.hilt.components.SingletonComponent
import okhttp3.Cache
import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import java.io.File
import java.util.concurrent.TimeUnit
import javax.inject.Singleton

@Module
@InstallIn(SingletonComponent::class)
object NetworkModule {

    private const val CACHE_SIZE = 10L * 1024 * 1024

    @Provides
    @Singleton
    fun provideCertificatePinner(): CertificatePinner = CertificatePinner.Builder()
        .add("api.acme-shop.com", // ph-expect: okhttp-certificate-pinner
            "sha256/u8sFh5PO06rPK8huBj4oZkjOMaFvoPwOf8kC3Rlw7ec=",
            "sha256/SkSktc7AjE2r6WK6N1DCFSpHdUtv/8SPlQTSw3Cq3d8=")
        .add("images.acme-shop.com", "sha256/3oVEm1SEKGjCH63WD3yztNh2yRo66asxjwB+QcqLCbA=") // ph-expect: okhttp-certificate-pinner, pin-no-backup
        .build()

    @Provides
    @Singleton
    fun provideOkHttpClient(
        @ApplicationContext context: Context,
        pinner: CertificatePinner,
    ): OkHttpClient {
        val logging = HttpLoggingInterceptor().apply {
            level = if (BuildConfig.DEBUG) HttpLoggingInterceptor.Level.BODY else HttpLoggingInterceptor.Level.NONE
        }
        return OkHttpClient.Builder()
            .cache(Cache(File(context.cacheDir, "http"), CACHE_SIZE))
            .certificatePinner(pinner)
            .addInterceptor(logging)
            .connectTimeout(15, TimeUnit.SECONDS)
            .readTimeout(30, TimeUnit.SECONDS)
            .build()
    }

    @Provides
    @Singleton
    fun provideShopApi(client: OkHttpClient): ShopApi = Retrofit.Builder()
        .baseUrl("https://api.acme-shop.com/v2/")
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(ShopApi::class.java)
}
