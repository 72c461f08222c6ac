package com.android.volley.toolbox;

/** Stub of Volley's BaseHttpStack (its request method is left out: fixtures only pass stacks around). */
public abstract class BaseHttpStack {}
