package com.android.volley;

/** Stub of Volley's RequestQueue. */
public class RequestQueue {}
