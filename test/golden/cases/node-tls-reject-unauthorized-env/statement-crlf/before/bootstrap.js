const express = require('express');

const app = express();
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
app.listen(3000);
