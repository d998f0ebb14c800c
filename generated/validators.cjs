// DO NOT EDIT: written by `npm run generate` from schemas/ (src/api/validator.ts, standaloneValidatorsCode).
"use strict";
exports["ibis-account-add.request"] = validate10;
const schema11 = {"$comment":"request of POST /ibis/account/add","type":"object","required":["customerId","reference"],"properties":{"customerId":{"$ref":"common#/definitions/id"},"reference":{"$ref":"common#/definitions/reference"},"profile":{"$ref":"ibisFacade#/definitions/accountProfile"}},"$id":"ibis-account-add.request"};
const schema13 = {"description":"common-id","type":"string","pattern":"^[0-9a-zA-Z_]+$","minLength":1,"maxLength":36};
const schema14 = {"description":"common-reference","type":"string","pattern":"^[0-9a-zA-Z]+$","minLength":1,"maxLength":32};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[0-9a-zA-Z_]+$", "u");
const pattern1 = new RegExp("^[0-9a-zA-Z]+$", "u");
const schema16 = {"description":"ibisFacade accountProfile object: account holder details for account/add (nullable for individual customers, ibis-overview.txt \"Add Account Only with /ibis\")","x-doc":{"file":"ibis-account-add.txt","heading":"Property table for ibisFacade accountProfile object"},"type":"object","properties":{"accountHolderId":{"$ref":"common#/definitions/idNullable"},"accountHolderType":{"type":"string","enum":["representative","individual"]},"occupation":{"$ref":"common#/definitions/commonStr50Req"}},"nullable":true};
const schema17 = {"description":"common-idNullable","type":"string","pattern":"^[0-9a-zA-Z_]+$","minLength":1,"maxLength":36,"nullable":true};
const schema18 = {"description":"common-commonStr50Req","type":"string","pattern":"^((?![<>]).)*$","minLength":1,"maxLength":50,"isNotOnlyWhitespace":true};
const func10 = require("../src/api/keyword-runtime.cjs").isNotOnlyWhitespace;
const pattern3 = new RegExp("^((?![<>]).)*$", "u");

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accountHolderId !== undefined){
let data0 = data.accountHolderId;
const _errs3 = errors;
const _errs4 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate13.errors = [{instancePath:instancePath+"/accountHolderId",schemaPath:"common#/definitions/idNullable/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs4){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate13.errors = [{instancePath:instancePath+"/accountHolderId",schemaPath:"common#/definitions/idNullable/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate13.errors = [{instancePath:instancePath+"/accountHolderId",schemaPath:"common#/definitions/idNullable/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate13.errors = [{instancePath:instancePath+"/accountHolderId",schemaPath:"common#/definitions/idNullable/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accountHolderType !== undefined){
let data1 = data.accountHolderType;
const _errs7 = errors;
if(typeof data1 !== "string"){
validate13.errors = [{instancePath:instancePath+"/accountHolderType",schemaPath:"#/properties/accountHolderType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data1 === "representative") || (data1 === "individual"))){
validate13.errors = [{instancePath:instancePath+"/accountHolderType",schemaPath:"#/properties/accountHolderType/enum",keyword:"enum",params:{allowedValues: schema16.properties.accountHolderType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.occupation !== undefined){
let data2 = data.occupation;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(func2(data2) > 50){
validate13.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate13.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data2)){
validate13.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data2)){
validate13.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
validate13.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-account-add.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.customerId === undefined) && (missing0 = "customerId")) || ((data.reference === undefined) && (missing0 = "reference"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.customerId !== undefined){
let data0 = data.customerId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate10.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate10.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate10.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reference !== undefined){
let data1 = data.reference;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 32){
validate10.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate10.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern1.test(data1)){
validate10.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profile !== undefined){
const _errs8 = errors;
if(!(validate13(data.profile, {instancePath:instancePath+"/profile",parentData:data,parentDataProperty:"profile",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

exports["ibis-account-add.response"] = validate15;
const schema19 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"type":"object","required":["cFiAccountId","accountProgramId","cFiStatus","customerId","cFiAggregatorId","reference","memberNumber","programType","boReferenceId","boCustomerId","vAccountNumber","abaRoutingNumber","dtsCreatedAt","transId","fee","balance","lastDepositAmount","ledgerBalance"],"properties":{"cFiAccountId":{"$ref":"common#/definitions/id"},"accountProgramId":{"type":"string"},"cFiStatus":{"$ref":"ibisResponse#/definitions/cFiStatus"},"customerId":{"$ref":"common#/definitions/id"},"cFiAggregatorId":{"type":"string"},"reference":{"type":"string"},"memberNumber":{"type":"string"},"programType":{"const":"vAccountOnly"},"boReferenceId":{"type":"string"},"boCustomerId":{"type":"string"},"vAccountNumber":{"type":"string"},"abaRoutingNumber":{"type":"string"},"dtsCreatedAt":{"$ref":"ibisResponse#/definitions/dateTime"},"batchReferenceId":{"type":"string"},"transId":{"type":"string"},"batchRecordId":{"type":"string"},"fee":{"$ref":"ibisResponse#/definitions/money"},"balance":{"$ref":"ibisResponse#/definitions/money"},"lastDepositAmount":{"$ref":"ibisResponse#/definitions/money"},"ledgerBalance":{"$ref":"ibisResponse#/definitions/money"}}},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-account-add.response"};
const schema22 = {"type":"string","enum":["Initiated","Complete","Error"]};
const schema24 = {"type":"string","format":"date-time"};
const schema25 = {"description":"an amount or balance returned as a JSON number","type":"number"};
const schema30 = {"description":"32 lowercase hexadecimal characters in every documented example","type":"string","pattern":"^[0-9a-f]{32}$"};
const pattern6 = new RegExp("^[0-9a-f]{32}$", "u");
const formats0 = require("../src/api/keyword-runtime.cjs").formats["date-time"];

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-account-add.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate15.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
if(errors === _errs2){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((((((((((((((((((data1.cFiAccountId === undefined) && (missing1 = "cFiAccountId")) || ((data1.accountProgramId === undefined) && (missing1 = "accountProgramId"))) || ((data1.cFiStatus === undefined) && (missing1 = "cFiStatus"))) || ((data1.customerId === undefined) && (missing1 = "customerId"))) || ((data1.cFiAggregatorId === undefined) && (missing1 = "cFiAggregatorId"))) || ((data1.reference === undefined) && (missing1 = "reference"))) || ((data1.memberNumber === undefined) && (missing1 = "memberNumber"))) || ((data1.programType === undefined) && (missing1 = "programType"))) || ((data1.boReferenceId === undefined) && (missing1 = "boReferenceId"))) || ((data1.boCustomerId === undefined) && (missing1 = "boCustomerId"))) || ((data1.vAccountNumber === undefined) && (missing1 = "vAccountNumber"))) || ((data1.abaRoutingNumber === undefined) && (missing1 = "abaRoutingNumber"))) || ((data1.dtsCreatedAt === undefined) && (missing1 = "dtsCreatedAt"))) || ((data1.transId === undefined) && (missing1 = "transId"))) || ((data1.fee === undefined) && (missing1 = "fee"))) || ((data1.balance === undefined) && (missing1 = "balance"))) || ((data1.lastDepositAmount === undefined) && (missing1 = "lastDepositAmount"))) || ((data1.ledgerBalance === undefined) && (missing1 = "ledgerBalance"))){
validate15.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.cFiAccountId !== undefined){
let data2 = data1.cFiAccountId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func2(data2) > 36){
validate15.errors = [{instancePath:instancePath+"/data/cFiAccountId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate15.errors = [{instancePath:instancePath+"/data/cFiAccountId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate15.errors = [{instancePath:instancePath+"/data/cFiAccountId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/data/cFiAccountId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.accountProgramId !== undefined){
const _errs7 = errors;
if(typeof data1.accountProgramId !== "string"){
validate15.errors = [{instancePath:instancePath+"/data/accountProgramId",schemaPath:"#/properties/data/properties/accountProgramId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.cFiStatus !== undefined){
let data4 = data1.cFiStatus;
const _errs9 = errors;
if(typeof data4 !== "string"){
validate15.errors = [{instancePath:instancePath+"/data/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data4 === "Initiated") || (data4 === "Complete")) || (data4 === "Error"))){
validate15.errors = [{instancePath:instancePath+"/data/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.customerId !== undefined){
let data5 = data1.customerId;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func2(data5) > 36){
validate15.errors = [{instancePath:instancePath+"/data/customerId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data5) < 1){
validate15.errors = [{instancePath:instancePath+"/data/customerId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data5)){
validate15.errors = [{instancePath:instancePath+"/data/customerId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/data/customerId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.cFiAggregatorId !== undefined){
const _errs15 = errors;
if(typeof data1.cFiAggregatorId !== "string"){
validate15.errors = [{instancePath:instancePath+"/data/cFiAggregatorId",schemaPath:"#/properties/data/properties/cFiAggregatorId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.reference !== undefined){
const _errs17 = errors;
if(typeof data1.reference !== "string"){
validate15.errors = [{instancePath:instancePath+"/data/reference",schemaPath:"#/properties/data/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.memberNumber !== undefined){
const _errs19 = errors;
if(typeof data1.memberNumber !== "string"){
validate15.errors = [{instancePath:instancePath+"/data/memberNumber",schemaPath:"#/properties/data/properties/memberNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.programType !== undefined){
const _errs21 = errors;
if("vAccountOnly" !== data1.programType){
validate15.errors = [{instancePath:instancePath+"/data/programType",schemaPath:"#/properties/data/properties/programType/const",keyword:"const",params:{allowedValue: "vAccountOnly"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.boReferenceId !== undefined){
const _errs22 = errors;
if(typeof data1.boReferenceId !== "string"){
validate15.errors = [{instancePath:instancePath+"/data/boReferenceId",schemaPath:"#/properties/data/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs22 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.boCustomerId !== undefined){
const _errs24 = errors;
if(typeof data1.boCustomerId !== "string"){
validate15.errors = [{instancePath:instancePath+"/data/boCustomerId",schemaPath:"#/properties/data/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs24 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.vAccountNumber !== undefined){
const _errs26 = errors;
if(typeof data1.vAccountNumber !== "string"){
validate15.errors = [{instancePath:instancePath+"/data/vAccountNumber",schemaPath:"#/properties/data/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs26 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.abaRoutingNumber !== undefined){
const _errs28 = errors;
if(typeof data1.abaRoutingNumber !== "string"){
validate15.errors = [{instancePath:instancePath+"/data/abaRoutingNumber",schemaPath:"#/properties/data/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs28 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.dtsCreatedAt !== undefined){
let data14 = data1.dtsCreatedAt;
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(errors === _errs31){
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
validate15.errors = [{instancePath:instancePath+"/data/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/data/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs30 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.batchReferenceId !== undefined){
const _errs33 = errors;
if(typeof data1.batchReferenceId !== "string"){
validate15.errors = [{instancePath:instancePath+"/data/batchReferenceId",schemaPath:"#/properties/data/properties/batchReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs33 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.transId !== undefined){
const _errs35 = errors;
if(typeof data1.transId !== "string"){
validate15.errors = [{instancePath:instancePath+"/data/transId",schemaPath:"#/properties/data/properties/transId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs35 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.batchRecordId !== undefined){
const _errs37 = errors;
if(typeof data1.batchRecordId !== "string"){
validate15.errors = [{instancePath:instancePath+"/data/batchRecordId",schemaPath:"#/properties/data/properties/batchRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs37 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.fee !== undefined){
let data18 = data1.fee;
const _errs39 = errors;
if(!((typeof data18 == "number") && (isFinite(data18)))){
validate15.errors = [{instancePath:instancePath+"/data/fee",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid1 = _errs39 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.balance !== undefined){
let data19 = data1.balance;
const _errs42 = errors;
if(!((typeof data19 == "number") && (isFinite(data19)))){
validate15.errors = [{instancePath:instancePath+"/data/balance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid1 = _errs42 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.lastDepositAmount !== undefined){
let data20 = data1.lastDepositAmount;
const _errs45 = errors;
if(!((typeof data20 == "number") && (isFinite(data20)))){
validate15.errors = [{instancePath:instancePath+"/data/lastDepositAmount",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid1 = _errs45 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.ledgerBalance !== undefined){
let data21 = data1.ledgerBalance;
const _errs48 = errors;
if(!((typeof data21 == "number") && (isFinite(data21)))){
validate15.errors = [{instancePath:instancePath+"/data/ledgerBalance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid1 = _errs48 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data22 = data.requestId;
const _errs51 = errors;
const _errs52 = errors;
if(errors === _errs52){
if(typeof data22 === "string"){
if(!pattern6.test(data22)){
validate15.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

exports["ibis-debit-card-add.request"] = validate18;
const schema31 = {"$comment":"request of POST /ibis/debit-card/add","type":"object","required":["customerId","reference","cardProgramId","profile"],"properties":{"customerId":{"$ref":"common#/definitions/id"},"reference":{"$ref":"common#/definitions/reference"},"cardProgramId":{"$ref":"common#/definitions/commonStr50Req"},"profile":{"$ref":"ibisFacade#/definitions/profile"},"businessInfo":{"$ref":"ibisFacade#/definitions/businessInfo"},"cFiPrimaryCardId":{"$ref":"common#/definitions/id"}},"$id":"ibis-debit-card-add.request"};
const schema35 = {"description":"ibisFacade profile object: card holder details for debit-card/add and credit-card/add","x-doc":[{"file":"ibis-credit-card-add.txt","heading":"Property table for ibisFacade profile object"},{"file":"ibis-overview.txt","heading":"Add a Debit Card with /ibis","section":"profile Object"}],"type":"object","required":["occupation","nameOnCard"],"properties":{"cardHolderId":{"$ref":"common#/definitions/idNullable"},"cardHolderType":{"type":"string","enum":["representative","individual"]},"occupation":{"$ref":"common#/definitions/commonStr50Req"},"nameOnCard":{"$ref":"common#/definitions/commonStr100Req"}}};
const schema38 = {"description":"common-commonStr100Req","type":"string","pattern":"^((?![<>]).)*$","minLength":1,"maxLength":100,"isNotOnlyWhitespace":true};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.occupation === undefined) && (missing0 = "occupation")) || ((data.nameOnCard === undefined) && (missing0 = "nameOnCard"))){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.cardHolderId !== undefined){
let data0 = data.cardHolderId;
const _errs2 = errors;
const _errs3 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate19.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate19.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate19.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate19.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardHolderType !== undefined){
let data1 = data.cardHolderType;
const _errs6 = errors;
if(typeof data1 !== "string"){
validate19.errors = [{instancePath:instancePath+"/cardHolderType",schemaPath:"#/properties/cardHolderType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data1 === "representative") || (data1 === "individual"))){
validate19.errors = [{instancePath:instancePath+"/cardHolderType",schemaPath:"#/properties/cardHolderType/enum",keyword:"enum",params:{allowedValues: schema35.properties.cardHolderType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.occupation !== undefined){
let data2 = data.occupation;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) > 50){
validate19.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate19.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data2)){
validate19.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data2)){
validate19.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nameOnCard !== undefined){
let data3 = data.nameOnCard;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data3 === "string"){
if(func2(data3) > 100){
validate19.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func2(data3) < 1){
validate19.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data3)){
validate19.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data3)){
validate19.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

const schema39 = {"description":"ibisFacade businessInfo object","x-doc":{"file":"ibis-credit-card-add.txt","heading":"Property table for ibisFacade businessInfo object"},"type":"object","required":["companyNameOnCard"],"properties":{"companyNameOnCard":{"$ref":"common#/definitions/commonStr100Req"}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.companyNameOnCard === undefined) && (missing0 = "companyNameOnCard")){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.companyNameOnCard !== undefined){
let data0 = data.companyNameOnCard;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 100){
validate21.errors = [{instancePath:instancePath+"/companyNameOnCard",schemaPath:"common#/definitions/commonStr100Req/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate21.errors = [{instancePath:instancePath+"/companyNameOnCard",schemaPath:"common#/definitions/commonStr100Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data0)){
validate21.errors = [{instancePath:instancePath+"/companyNameOnCard",schemaPath:"common#/definitions/commonStr100Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data0)){
validate21.errors = [{instancePath:instancePath+"/companyNameOnCard",schemaPath:"common#/definitions/commonStr100Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/companyNameOnCard",schemaPath:"common#/definitions/commonStr100Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-debit-card-add.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.customerId === undefined) && (missing0 = "customerId")) || ((data.reference === undefined) && (missing0 = "reference"))) || ((data.cardProgramId === undefined) && (missing0 = "cardProgramId"))) || ((data.profile === undefined) && (missing0 = "profile"))){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.customerId !== undefined){
let data0 = data.customerId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate18.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate18.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate18.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reference !== undefined){
let data1 = data.reference;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 32){
validate18.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate18.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern1.test(data1)){
validate18.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardProgramId !== undefined){
let data2 = data.cardProgramId;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) > 50){
validate18.errors = [{instancePath:instancePath+"/cardProgramId",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate18.errors = [{instancePath:instancePath+"/cardProgramId",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data2)){
validate18.errors = [{instancePath:instancePath+"/cardProgramId",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data2)){
validate18.errors = [{instancePath:instancePath+"/cardProgramId",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/cardProgramId",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profile !== undefined){
const _errs11 = errors;
if(!(validate19(data.profile, {instancePath:instancePath+"/profile",parentData:data,parentDataProperty:"profile",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.businessInfo !== undefined){
const _errs12 = errors;
if(!(validate21(data.businessInfo, {instancePath:instancePath+"/businessInfo",parentData:data,parentDataProperty:"businessInfo",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiPrimaryCardId !== undefined){
let data5 = data.cFiPrimaryCardId;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(func2(data5) > 36){
validate18.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data5) < 1){
validate18.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data5)){
validate18.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

exports["ibis-debit-card-add.response"] = validate23;
const schema42 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"allOf":[{"$ref":"ibisResponse#/definitions/issuedCard"},{"type":"object","required":["programType"],"properties":{"programType":{"const":"debit"}}}]},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-debit-card-add.response"};
const schema43 = {"description":"the data of debit-card/add and credit-card/add","allOf":[{"$ref":"ibisResponse#/definitions/cardIdentity"},{"$ref":"ibisResponse#/definitions/cardBackOffice"},{"$ref":"ibisResponse#/definitions/balances"},{"type":"object","required":["newCardNumber","nameOnCard","transId"],"properties":{"newCardNumber":{"$ref":"ibisResponse#/definitions/newCardNumber"},"nameOnCard":{"type":"string"},"batchReferenceId":{"type":"string"},"batchRecordId":{"type":"string"}}}]};
const schema52 = {"description":"the back-office properties of a card that was issued (absent on Error entries)","type":"object","required":["boReferenceId","boCustomerId","vAccountNumber","abaRoutingNumber"],"properties":{"boReferenceId":{"type":"string"},"boCustomerId":{"type":"string"},"vAccountNumber":{"type":"string"},"abaRoutingNumber":{"type":"string"}}};
const schema58 = {"description":"the PAN and expiry of a newly issued card","type":"object","required":["number","expiryDate"],"properties":{"number":{"type":"string","pattern":"^\\d{16}$"},"expiryDate":{"type":"string","pattern":"^\\d{6}$"}}};
const schema44 = {"description":"the properties every card record shows, including the Error entries of card/list","type":"object","required":["cFiCardId","cFiStatus","customerId","cFiAggregatorId","reference","memberNumber","cardProgramId","dtsCreatedAt"],"properties":{"cFiCardId":{"$ref":"common#/definitions/id"},"cFiPrimaryCardId":{"$ref":"common#/definitions/id"},"cFiStatus":{"$ref":"ibisResponse#/definitions/cFiStatus"},"customerId":{"$ref":"common#/definitions/id"},"cFiAggregatorId":{"type":"string"},"reference":{"type":"string"},"memberNumber":{"type":"string"},"cardProgramId":{"type":"string"},"programType":{"$ref":"ibisResponse#/definitions/programType"},"boReferenceId":{"type":"string"},"boCustomerId":{"type":"string"},"vAccountNumber":{"type":"string"},"abaRoutingNumber":{"type":"string"},"dtsCreatedAt":{"$ref":"ibisResponse#/definitions/dateTime"},"cardProgramName":{"type":"string"},"transId":{"type":"string"},"status":{"$ref":"ibisResponse#/definitions/cardStatus"},"error":{"type":"object","required":["code","message"],"properties":{"code":{"type":"string"},"message":{"type":"string"}}}}};
const schema49 = {"type":"string","enum":["debit","credit","vAccountOnly"]};
const schema51 = {"description":"a card status object: one of the five Ibis Card Status Codes","x-doc":{"file":"ibis-overview.txt","heading":"Set the Status of a Card","section":"Ibis Card Status Codes"},"type":"object","required":["code","description"],"properties":{"code":{"type":"string","enum":["A","B","I","S","F"]},"description":{"type":"string"}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.cFiCardId === undefined) && (missing0 = "cFiCardId")) || ((data.cFiStatus === undefined) && (missing0 = "cFiStatus"))) || ((data.customerId === undefined) && (missing0 = "customerId"))) || ((data.cFiAggregatorId === undefined) && (missing0 = "cFiAggregatorId"))) || ((data.reference === undefined) && (missing0 = "reference"))) || ((data.memberNumber === undefined) && (missing0 = "memberNumber"))) || ((data.cardProgramId === undefined) && (missing0 = "cardProgramId"))) || ((data.dtsCreatedAt === undefined) && (missing0 = "dtsCreatedAt"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.cFiCardId !== undefined){
let data0 = data.cFiCardId;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate25.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate25.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate25.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiPrimaryCardId !== undefined){
let data1 = data.cFiPrimaryCardId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func2(data1) > 36){
validate25.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate25.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate25.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiStatus !== undefined){
let data2 = data.cFiStatus;
const _errs7 = errors;
if(typeof data2 !== "string"){
validate25.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data2 === "Initiated") || (data2 === "Complete")) || (data2 === "Error"))){
validate25.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.customerId !== undefined){
let data3 = data.customerId;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func2(data3) > 36){
validate25.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data3) < 1){
validate25.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data3)){
validate25.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiAggregatorId !== undefined){
const _errs13 = errors;
if(typeof data.cFiAggregatorId !== "string"){
validate25.errors = [{instancePath:instancePath+"/cFiAggregatorId",schemaPath:"#/properties/cFiAggregatorId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reference !== undefined){
const _errs15 = errors;
if(typeof data.reference !== "string"){
validate25.errors = [{instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memberNumber !== undefined){
const _errs17 = errors;
if(typeof data.memberNumber !== "string"){
validate25.errors = [{instancePath:instancePath+"/memberNumber",schemaPath:"#/properties/memberNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardProgramId !== undefined){
const _errs19 = errors;
if(typeof data.cardProgramId !== "string"){
validate25.errors = [{instancePath:instancePath+"/cardProgramId",schemaPath:"#/properties/cardProgramId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.programType !== undefined){
let data8 = data.programType;
const _errs21 = errors;
if(typeof data8 !== "string"){
validate25.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data8 === "debit") || (data8 === "credit")) || (data8 === "vAccountOnly"))){
validate25.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boReferenceId !== undefined){
const _errs24 = errors;
if(typeof data.boReferenceId !== "string"){
validate25.errors = [{instancePath:instancePath+"/boReferenceId",schemaPath:"#/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boCustomerId !== undefined){
const _errs26 = errors;
if(typeof data.boCustomerId !== "string"){
validate25.errors = [{instancePath:instancePath+"/boCustomerId",schemaPath:"#/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.vAccountNumber !== undefined){
const _errs28 = errors;
if(typeof data.vAccountNumber !== "string"){
validate25.errors = [{instancePath:instancePath+"/vAccountNumber",schemaPath:"#/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.abaRoutingNumber !== undefined){
const _errs30 = errors;
if(typeof data.abaRoutingNumber !== "string"){
validate25.errors = [{instancePath:instancePath+"/abaRoutingNumber",schemaPath:"#/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dtsCreatedAt !== undefined){
let data13 = data.dtsCreatedAt;
const _errs32 = errors;
const _errs33 = errors;
if(errors === _errs33){
if(errors === _errs33){
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
validate25.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardProgramName !== undefined){
const _errs35 = errors;
if(typeof data.cardProgramName !== "string"){
validate25.errors = [{instancePath:instancePath+"/cardProgramName",schemaPath:"#/properties/cardProgramName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.transId !== undefined){
const _errs37 = errors;
if(typeof data.transId !== "string"){
validate25.errors = [{instancePath:instancePath+"/transId",schemaPath:"#/properties/transId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data16 = data.status;
const _errs39 = errors;
const _errs40 = errors;
if(errors === _errs40){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing1;
if(((data16.code === undefined) && (missing1 = "code")) || ((data16.description === undefined) && (missing1 = "description"))){
validate25.errors = [{instancePath:instancePath+"/status",schemaPath:"ibisResponse#/definitions/cardStatus/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data16.code !== undefined){
let data17 = data16.code;
const _errs43 = errors;
if(typeof data17 !== "string"){
validate25.errors = [{instancePath:instancePath+"/status/code",schemaPath:"ibisResponse#/definitions/cardStatus/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data17 === "A") || (data17 === "B")) || (data17 === "I")) || (data17 === "S")) || (data17 === "F"))){
validate25.errors = [{instancePath:instancePath+"/status/code",schemaPath:"ibisResponse#/definitions/cardStatus/properties/code/enum",keyword:"enum",params:{allowedValues: schema51.properties.code.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid8 = _errs43 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data16.description !== undefined){
const _errs45 = errors;
if(typeof data16.description !== "string"){
validate25.errors = [{instancePath:instancePath+"/status/description",schemaPath:"ibisResponse#/definitions/cardStatus/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs45 === errors;
}
else {
var valid8 = true;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/status",schemaPath:"ibisResponse#/definitions/cardStatus/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data19 = data.error;
const _errs47 = errors;
if(errors === _errs47){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing2;
if(((data19.code === undefined) && (missing2 = "code")) || ((data19.message === undefined) && (missing2 = "message"))){
validate25.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data19.code !== undefined){
const _errs49 = errors;
if(typeof data19.code !== "string"){
validate25.errors = [{instancePath:instancePath+"/error/code",schemaPath:"#/properties/error/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs49 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data19.message !== undefined){
const _errs51 = errors;
if(typeof data19.message !== "string"){
validate25.errors = [{instancePath:instancePath+"/error/message",schemaPath:"#/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs51 === errors;
}
else {
var valid9 = true;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}

const schema53 = {"description":"the balance fields every card-level 200 carries. For credit cards balance = available funds - credit limit.","type":"object","required":["fee","balance","lastDepositAmount","ledgerBalance"],"properties":{"fee":{"$ref":"ibisResponse#/definitions/money"},"balance":{"$ref":"ibisResponse#/definitions/money"},"lastDepositAmount":{"$ref":"ibisResponse#/definitions/money"},"ledgerBalance":{"$ref":"ibisResponse#/definitions/money"}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.fee === undefined) && (missing0 = "fee")) || ((data.balance === undefined) && (missing0 = "balance"))) || ((data.lastDepositAmount === undefined) && (missing0 = "lastDepositAmount"))) || ((data.ledgerBalance === undefined) && (missing0 = "ledgerBalance"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.fee !== undefined){
let data0 = data.fee;
const _errs1 = errors;
if(!((typeof data0 == "number") && (isFinite(data0)))){
validate27.errors = [{instancePath:instancePath+"/fee",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.balance !== undefined){
let data1 = data.balance;
const _errs4 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
validate27.errors = [{instancePath:instancePath+"/balance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastDepositAmount !== undefined){
let data2 = data.lastDepositAmount;
const _errs7 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate27.errors = [{instancePath:instancePath+"/lastDepositAmount",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledgerBalance !== undefined){
let data3 = data.ledgerBalance;
const _errs10 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate27.errors = [{instancePath:instancePath+"/ledgerBalance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}

const pattern18 = new RegExp("^\\d{16}$", "u");
const pattern19 = new RegExp("^\\d{6}$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.boReferenceId === undefined) && (missing0 = "boReferenceId")) || ((data.boCustomerId === undefined) && (missing0 = "boCustomerId"))) || ((data.vAccountNumber === undefined) && (missing0 = "vAccountNumber"))) || ((data.abaRoutingNumber === undefined) && (missing0 = "abaRoutingNumber"))){
validate24.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.boReferenceId !== undefined){
const _errs4 = errors;
if(typeof data.boReferenceId !== "string"){
validate24.errors = [{instancePath:instancePath+"/boReferenceId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.boCustomerId !== undefined){
const _errs6 = errors;
if(typeof data.boCustomerId !== "string"){
validate24.errors = [{instancePath:instancePath+"/boCustomerId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.vAccountNumber !== undefined){
const _errs8 = errors;
if(typeof data.vAccountNumber !== "string"){
validate24.errors = [{instancePath:instancePath+"/vAccountNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.abaRoutingNumber !== undefined){
const _errs10 = errors;
if(typeof data.abaRoutingNumber !== "string"){
validate24.errors = [{instancePath:instancePath+"/abaRoutingNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs12 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
if(valid0){
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.newCardNumber === undefined) && (missing1 = "newCardNumber")) || ((data.nameOnCard === undefined) && (missing1 = "nameOnCard"))) || ((data.transId === undefined) && (missing1 = "transId"))){
validate24.errors = [{instancePath,schemaPath:"#/allOf/3/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.newCardNumber !== undefined){
let data4 = data.newCardNumber;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if(((data4.number === undefined) && (missing2 = "number")) || ((data4.expiryDate === undefined) && (missing2 = "expiryDate"))){
validate24.errors = [{instancePath:instancePath+"/newCardNumber",schemaPath:"ibisResponse#/definitions/newCardNumber/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data4.number !== undefined){
let data5 = data4.number;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data5 === "string"){
if(!pattern18.test(data5)){
validate24.errors = [{instancePath:instancePath+"/newCardNumber/number",schemaPath:"ibisResponse#/definitions/newCardNumber/properties/number/pattern",keyword:"pattern",params:{pattern: "^\\d{16}$"},message:"must match pattern \""+"^\\d{16}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/newCardNumber/number",schemaPath:"ibisResponse#/definitions/newCardNumber/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs18 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data4.expiryDate !== undefined){
let data6 = data4.expiryDate;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data6 === "string"){
if(!pattern19.test(data6)){
validate24.errors = [{instancePath:instancePath+"/newCardNumber/expiryDate",schemaPath:"ibisResponse#/definitions/newCardNumber/properties/expiryDate/pattern",keyword:"pattern",params:{pattern: "^\\d{6}$"},message:"must match pattern \""+"^\\d{6}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/newCardNumber/expiryDate",schemaPath:"ibisResponse#/definitions/newCardNumber/properties/expiryDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs20 === errors;
}
else {
var valid5 = true;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/newCardNumber",schemaPath:"ibisResponse#/definitions/newCardNumber/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.nameOnCard !== undefined){
const _errs22 = errors;
if(typeof data.nameOnCard !== "string"){
validate24.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"#/allOf/3/properties/nameOnCard/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.batchReferenceId !== undefined){
const _errs24 = errors;
if(typeof data.batchReferenceId !== "string"){
validate24.errors = [{instancePath:instancePath+"/batchReferenceId",schemaPath:"#/allOf/3/properties/batchReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.batchRecordId !== undefined){
const _errs26 = errors;
if(typeof data.batchRecordId !== "string"){
validate24.errors = [{instancePath:instancePath+"/batchRecordId",schemaPath:"#/allOf/3/properties/batchRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/allOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
}
}
validate24.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-debit-card-add.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate23.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
const _errs3 = errors;
if(!(validate24(data1, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.programType === undefined) && (missing1 = "programType")){
validate23.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.programType !== undefined){
if("debit" !== data1.programType){
validate23.errors = [{instancePath:instancePath+"/data/programType",schemaPath:"#/properties/data/allOf/1/properties/programType/const",keyword:"const",params:{allowedValue: "debit"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data3 = data.requestId;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate23.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

exports["ibis-credit-card-application.request"] = validate30;
const schema60 = {"$comment":"request of POST /ibis/credit-card/application","type":"object","required":["customerId","employer","totalAnnualIncome","totalAnnualIncomeCurrency"],"properties":{"customerId":{"$ref":"common#/definitions/id"},"employer":{"$ref":"common#/definitions/commonStr50Req"},"totalAnnualIncome":{"$ref":"common#/definitions/amount"},"totalAnnualIncomeCurrency":{"$ref":"common#/definitions/currency"}},"$id":"ibis-credit-card-application.request"};
const schema63 = {"description":"common-amount","$comment":"exclusiveMinimum 0, not the overview's '>=0': see errata amount-exclusive-minimum","type":"number","exclusiveMinimum":0,"amountPrecision":2};
const schema64 = {"description":"common-currency","$comment":"the dedicated page's form; the overview writes ^[A-Z]{3}$: see errata currency-pattern","type":"string","minLength":3,"maxLength":3,"pattern":"^[A-Z]+$"};
const func46 = require("../src/api/keyword-runtime.cjs").decimalPlaces;
const pattern23 = new RegExp("^[A-Z]+$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-credit-card-application.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.customerId === undefined) && (missing0 = "customerId")) || ((data.employer === undefined) && (missing0 = "employer"))) || ((data.totalAnnualIncome === undefined) && (missing0 = "totalAnnualIncome"))) || ((data.totalAnnualIncomeCurrency === undefined) && (missing0 = "totalAnnualIncomeCurrency"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.customerId !== undefined){
let data0 = data.customerId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate30.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate30.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate30.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employer !== undefined){
let data1 = data.employer;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 50){
validate30.errors = [{instancePath:instancePath+"/employer",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate30.errors = [{instancePath:instancePath+"/employer",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data1)){
validate30.errors = [{instancePath:instancePath+"/employer",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data1)){
validate30.errors = [{instancePath:instancePath+"/employer",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/employer",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.totalAnnualIncome !== undefined){
let data2 = data.totalAnnualIncome;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 <= 0 || isNaN(data2)){
validate30.errors = [{instancePath:instancePath+"/totalAnnualIncome",schemaPath:"common#/definitions/amount/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
else {
if(func46(data2) > 2){
validate30.errors = [{instancePath:instancePath+"/totalAnnualIncome",schemaPath:"common#/definitions/amount/amountPrecision",keyword:"amountPrecision",params:{},message:"must pass \"amountPrecision\" keyword validation"}];
return false;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/totalAnnualIncome",schemaPath:"common#/definitions/amount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.totalAnnualIncomeCurrency !== undefined){
let data3 = data.totalAnnualIncomeCurrency;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(func2(data3) > 3){
validate30.errors = [{instancePath:instancePath+"/totalAnnualIncomeCurrency",schemaPath:"common#/definitions/currency/maxLength",keyword:"maxLength",params:{limit: 3},message:"must NOT have more than 3 characters"}];
return false;
}
else {
if(func2(data3) < 3){
validate30.errors = [{instancePath:instancePath+"/totalAnnualIncomeCurrency",schemaPath:"common#/definitions/currency/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern23.test(data3)){
validate30.errors = [{instancePath:instancePath+"/totalAnnualIncomeCurrency",schemaPath:"common#/definitions/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/totalAnnualIncomeCurrency",schemaPath:"common#/definitions/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}

exports["ibis-credit-card-application.response"] = validate31;
const schema65 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"$ref":"ibisResponse#/definitions/creditApplication"},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-credit-card-application.response"};
const schema66 = {"description":"a credit application; creditLimit is present when decision is Approve","x-doc":{"file":"ibis-overview.txt","heading":"Apply for Credit with /ibis"},"type":"object","required":["applicationId","customerId","creditFreeze","decision","adverseAction"],"properties":{"applicationId":{"$ref":"common#/definitions/id"},"customerId":{"$ref":"common#/definitions/id"},"creditFreeze":{"type":"boolean"},"creditLimit":{"$ref":"ibisResponse#/definitions/money"},"creditLimitCurrency":{"$ref":"common#/definitions/currency"},"decision":{"type":"string","minLength":1},"adverseAction":{"type":"array"}},"if":{"required":["decision"],"properties":{"decision":{"const":"Approve"}}},"then":{"required":["creditLimit","creditLimitCurrency"],"properties":{"creditLimit":{"$ref":"ibisResponse#/definitions/money"},"creditLimitCurrency":{"$ref":"common#/definitions/currency"}}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.decision === undefined) && (missing0 = "decision")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.decision !== undefined){
if("Approve" !== data.decision){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.creditLimit === undefined) && (missing1 = "creditLimit")) || ((data.creditLimitCurrency === undefined) && (missing1 = "creditLimitCurrency"))){
validate32.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.creditLimit !== undefined){
let data1 = data.creditLimit;
const _errs5 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
validate32.errors = [{instancePath:instancePath+"/creditLimit",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.creditLimitCurrency !== undefined){
let data2 = data.creditLimitCurrency;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) > 3){
validate32.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/maxLength",keyword:"maxLength",params:{limit: 3},message:"must NOT have more than 3 characters"}];
return false;
}
else {
if(func2(data2) < 3){
validate32.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern23.test(data2)){
validate32.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
}
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate32.errors = vErrors;
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((((data.applicationId === undefined) && (missing2 = "applicationId")) || ((data.customerId === undefined) && (missing2 = "customerId"))) || ((data.creditFreeze === undefined) && (missing2 = "creditFreeze"))) || ((data.decision === undefined) && (missing2 = "decision"))) || ((data.adverseAction === undefined) && (missing2 = "adverseAction"))){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data.applicationId !== undefined){
let data3 = data.applicationId;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data3 === "string"){
if(func2(data3) > 36){
validate32.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data3) < 1){
validate32.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data3)){
validate32.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs13 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.customerId !== undefined){
let data4 = data.customerId;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data4 === "string"){
if(func2(data4) > 36){
validate32.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data4) < 1){
validate32.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data4)){
validate32.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs16 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.creditFreeze !== undefined){
const _errs19 = errors;
if(typeof data.creditFreeze !== "boolean"){
validate32.errors = [{instancePath:instancePath+"/creditFreeze",schemaPath:"#/properties/creditFreeze/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.creditLimit !== undefined){
let data6 = data.creditLimit;
const _errs21 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate32.errors = [{instancePath:instancePath+"/creditLimit",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.creditLimitCurrency !== undefined){
let data7 = data.creditLimitCurrency;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data7 === "string"){
if(func2(data7) > 3){
validate32.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/maxLength",keyword:"maxLength",params:{limit: 3},message:"must NOT have more than 3 characters"}];
return false;
}
else {
if(func2(data7) < 3){
validate32.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern23.test(data7)){
validate32.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs24 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.decision !== undefined){
let data8 = data.decision;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data8 === "string"){
if(func2(data8) < 1){
validate32.errors = [{instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs28 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.adverseAction !== undefined){
const _errs30 = errors;
if(!(Array.isArray(data.adverseAction))){
validate32.errors = [{instancePath:instancePath+"/adverseAction",schemaPath:"#/properties/adverseAction/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
var valid5 = _errs30 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-credit-card-application.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate31.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs2 = errors;
if(!(validate32(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data2 = data.requestId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
validate31.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}

exports["ibis-credit-card-application-get.request"] = validate34;
const schema74 = {"$comment":"request of GET /ibis/credit-card/application/:applicationId","type":"object","required":["applicationId"],"properties":{"applicationId":{"$ref":"common#/definitions/id"}},"x-note":"path parameters, not a body","$id":"ibis-credit-card-application-get.request"};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-credit-card-application-get.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.applicationId === undefined) && (missing0 = "applicationId")){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.applicationId !== undefined){
let data0 = data.applicationId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate34.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate34.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate34.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}

exports["ibis-credit-card-application-get.response"] = validate35;
const schema76 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"$ref":"ibisResponse#/definitions/creditApplication"},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-credit-card-application-get.response"};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.decision === undefined) && (missing0 = "decision")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.decision !== undefined){
if("Approve" !== data.decision){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.creditLimit === undefined) && (missing1 = "creditLimit")) || ((data.creditLimitCurrency === undefined) && (missing1 = "creditLimitCurrency"))){
validate36.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.creditLimit !== undefined){
let data1 = data.creditLimit;
const _errs5 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
validate36.errors = [{instancePath:instancePath+"/creditLimit",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.creditLimitCurrency !== undefined){
let data2 = data.creditLimitCurrency;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) > 3){
validate36.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/maxLength",keyword:"maxLength",params:{limit: 3},message:"must NOT have more than 3 characters"}];
return false;
}
else {
if(func2(data2) < 3){
validate36.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern23.test(data2)){
validate36.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
}
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate36.errors = vErrors;
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((((data.applicationId === undefined) && (missing2 = "applicationId")) || ((data.customerId === undefined) && (missing2 = "customerId"))) || ((data.creditFreeze === undefined) && (missing2 = "creditFreeze"))) || ((data.decision === undefined) && (missing2 = "decision"))) || ((data.adverseAction === undefined) && (missing2 = "adverseAction"))){
validate36.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data.applicationId !== undefined){
let data3 = data.applicationId;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data3 === "string"){
if(func2(data3) > 36){
validate36.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data3) < 1){
validate36.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data3)){
validate36.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs13 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.customerId !== undefined){
let data4 = data.customerId;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data4 === "string"){
if(func2(data4) > 36){
validate36.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data4) < 1){
validate36.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data4)){
validate36.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs16 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.creditFreeze !== undefined){
const _errs19 = errors;
if(typeof data.creditFreeze !== "boolean"){
validate36.errors = [{instancePath:instancePath+"/creditFreeze",schemaPath:"#/properties/creditFreeze/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.creditLimit !== undefined){
let data6 = data.creditLimit;
const _errs21 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate36.errors = [{instancePath:instancePath+"/creditLimit",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.creditLimitCurrency !== undefined){
let data7 = data.creditLimitCurrency;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data7 === "string"){
if(func2(data7) > 3){
validate36.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/maxLength",keyword:"maxLength",params:{limit: 3},message:"must NOT have more than 3 characters"}];
return false;
}
else {
if(func2(data7) < 3){
validate36.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern23.test(data7)){
validate36.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs24 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.decision !== undefined){
let data8 = data.decision;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data8 === "string"){
if(func2(data8) < 1){
validate36.errors = [{instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs28 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.adverseAction !== undefined){
const _errs30 = errors;
if(!(Array.isArray(data.adverseAction))){
validate36.errors = [{instancePath:instancePath+"/adverseAction",schemaPath:"#/properties/adverseAction/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
var valid5 = _errs30 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-credit-card-application-get.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate35.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs2 = errors;
if(!(validate36(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data2 = data.requestId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
validate35.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}

exports["ibis-credit-card-add.request"] = validate38;
const schema85 = {"$comment":"request of POST /ibis/credit-card/add","type":"object","required":["customerId","reference","cardProgramId","profile"],"properties":{"customerId":{"$ref":"common#/definitions/id"},"reference":{"$ref":"common#/definitions/reference"},"cardProgramId":{"$ref":"common#/definitions/commonStr50Req"},"cFiPrimaryCardId":{"$ref":"common#/definitions/id"},"profile":{"$ref":"ibisFacade#/definitions/profile"},"businessInfo":{"$ref":"ibisFacade#/definitions/businessInfo"},"applicationId":{"$ref":"common#/definitions/id"},"creditLimit":{"$ref":"common#/definitions/amount"},"creditLimitCurrency":{"$ref":"common#/definitions/currency"}},"x-errata":"credit-card-add-required","$id":"ibis-credit-card-add.request"};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.occupation === undefined) && (missing0 = "occupation")) || ((data.nameOnCard === undefined) && (missing0 = "nameOnCard"))){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.cardHolderId !== undefined){
let data0 = data.cardHolderId;
const _errs2 = errors;
const _errs3 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate39.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate39.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate39.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate39.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardHolderType !== undefined){
let data1 = data.cardHolderType;
const _errs6 = errors;
if(typeof data1 !== "string"){
validate39.errors = [{instancePath:instancePath+"/cardHolderType",schemaPath:"#/properties/cardHolderType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data1 === "representative") || (data1 === "individual"))){
validate39.errors = [{instancePath:instancePath+"/cardHolderType",schemaPath:"#/properties/cardHolderType/enum",keyword:"enum",params:{allowedValues: schema35.properties.cardHolderType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.occupation !== undefined){
let data2 = data.occupation;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) > 50){
validate39.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate39.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data2)){
validate39.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data2)){
validate39.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/occupation",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nameOnCard !== undefined){
let data3 = data.nameOnCard;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data3 === "string"){
if(func2(data3) > 100){
validate39.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func2(data3) < 1){
validate39.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data3)){
validate39.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data3)){
validate39.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.companyNameOnCard === undefined) && (missing0 = "companyNameOnCard")){
validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.companyNameOnCard !== undefined){
let data0 = data.companyNameOnCard;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 100){
validate41.errors = [{instancePath:instancePath+"/companyNameOnCard",schemaPath:"common#/definitions/commonStr100Req/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate41.errors = [{instancePath:instancePath+"/companyNameOnCard",schemaPath:"common#/definitions/commonStr100Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data0)){
validate41.errors = [{instancePath:instancePath+"/companyNameOnCard",schemaPath:"common#/definitions/commonStr100Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data0)){
validate41.errors = [{instancePath:instancePath+"/companyNameOnCard",schemaPath:"common#/definitions/commonStr100Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/companyNameOnCard",schemaPath:"common#/definitions/commonStr100Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-credit-card-add.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.customerId === undefined) && (missing0 = "customerId")) || ((data.reference === undefined) && (missing0 = "reference"))) || ((data.cardProgramId === undefined) && (missing0 = "cardProgramId"))) || ((data.profile === undefined) && (missing0 = "profile"))){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.customerId !== undefined){
let data0 = data.customerId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate38.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate38.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate38.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reference !== undefined){
let data1 = data.reference;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func2(data1) > 32){
validate38.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate38.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern1.test(data1)){
validate38.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardProgramId !== undefined){
let data2 = data.cardProgramId;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(func2(data2) > 50){
validate38.errors = [{instancePath:instancePath+"/cardProgramId",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate38.errors = [{instancePath:instancePath+"/cardProgramId",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data2)){
validate38.errors = [{instancePath:instancePath+"/cardProgramId",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data2)){
validate38.errors = [{instancePath:instancePath+"/cardProgramId",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/cardProgramId",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiPrimaryCardId !== undefined){
let data3 = data.cFiPrimaryCardId;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(func2(data3) > 36){
validate38.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data3) < 1){
validate38.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data3)){
validate38.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profile !== undefined){
const _errs15 = errors;
if(!(validate39(data.profile, {instancePath:instancePath+"/profile",parentData:data,parentDataProperty:"profile",rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.businessInfo !== undefined){
const _errs16 = errors;
if(!(validate41(data.businessInfo, {instancePath:instancePath+"/businessInfo",parentData:data,parentDataProperty:"businessInfo",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applicationId !== undefined){
let data6 = data.applicationId;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data6 === "string"){
if(func2(data6) > 36){
validate38.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data6) < 1){
validate38.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data6)){
validate38.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.creditLimit !== undefined){
let data7 = data.creditLimit;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 <= 0 || isNaN(data7)){
validate38.errors = [{instancePath:instancePath+"/creditLimit",schemaPath:"common#/definitions/amount/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
else {
if(func46(data7) > 2){
validate38.errors = [{instancePath:instancePath+"/creditLimit",schemaPath:"common#/definitions/amount/amountPrecision",keyword:"amountPrecision",params:{},message:"must pass \"amountPrecision\" keyword validation"}];
return false;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/creditLimit",schemaPath:"common#/definitions/amount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.creditLimitCurrency !== undefined){
let data8 = data.creditLimitCurrency;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data8 === "string"){
if(func2(data8) > 3){
validate38.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/maxLength",keyword:"maxLength",params:{limit: 3},message:"must NOT have more than 3 characters"}];
return false;
}
else {
if(func2(data8) < 3){
validate38.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern23.test(data8)){
validate38.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/creditLimitCurrency",schemaPath:"common#/definitions/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}

exports["ibis-credit-card-add.response"] = validate43;
const schema99 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"$ref":"ibisResponse#/definitions/issuedCard"},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-credit-card-add.response"};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.boReferenceId === undefined) && (missing0 = "boReferenceId")) || ((data.boCustomerId === undefined) && (missing0 = "boCustomerId"))) || ((data.vAccountNumber === undefined) && (missing0 = "vAccountNumber"))) || ((data.abaRoutingNumber === undefined) && (missing0 = "abaRoutingNumber"))){
validate44.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.boReferenceId !== undefined){
const _errs4 = errors;
if(typeof data.boReferenceId !== "string"){
validate44.errors = [{instancePath:instancePath+"/boReferenceId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.boCustomerId !== undefined){
const _errs6 = errors;
if(typeof data.boCustomerId !== "string"){
validate44.errors = [{instancePath:instancePath+"/boCustomerId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.vAccountNumber !== undefined){
const _errs8 = errors;
if(typeof data.vAccountNumber !== "string"){
validate44.errors = [{instancePath:instancePath+"/vAccountNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.abaRoutingNumber !== undefined){
const _errs10 = errors;
if(typeof data.abaRoutingNumber !== "string"){
validate44.errors = [{instancePath:instancePath+"/abaRoutingNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs12 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
if(valid0){
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.newCardNumber === undefined) && (missing1 = "newCardNumber")) || ((data.nameOnCard === undefined) && (missing1 = "nameOnCard"))) || ((data.transId === undefined) && (missing1 = "transId"))){
validate44.errors = [{instancePath,schemaPath:"#/allOf/3/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.newCardNumber !== undefined){
let data4 = data.newCardNumber;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if(((data4.number === undefined) && (missing2 = "number")) || ((data4.expiryDate === undefined) && (missing2 = "expiryDate"))){
validate44.errors = [{instancePath:instancePath+"/newCardNumber",schemaPath:"ibisResponse#/definitions/newCardNumber/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data4.number !== undefined){
let data5 = data4.number;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data5 === "string"){
if(!pattern18.test(data5)){
validate44.errors = [{instancePath:instancePath+"/newCardNumber/number",schemaPath:"ibisResponse#/definitions/newCardNumber/properties/number/pattern",keyword:"pattern",params:{pattern: "^\\d{16}$"},message:"must match pattern \""+"^\\d{16}$"+"\""}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/newCardNumber/number",schemaPath:"ibisResponse#/definitions/newCardNumber/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs18 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data4.expiryDate !== undefined){
let data6 = data4.expiryDate;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data6 === "string"){
if(!pattern19.test(data6)){
validate44.errors = [{instancePath:instancePath+"/newCardNumber/expiryDate",schemaPath:"ibisResponse#/definitions/newCardNumber/properties/expiryDate/pattern",keyword:"pattern",params:{pattern: "^\\d{6}$"},message:"must match pattern \""+"^\\d{6}$"+"\""}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/newCardNumber/expiryDate",schemaPath:"ibisResponse#/definitions/newCardNumber/properties/expiryDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs20 === errors;
}
else {
var valid5 = true;
}
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/newCardNumber",schemaPath:"ibisResponse#/definitions/newCardNumber/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.nameOnCard !== undefined){
const _errs22 = errors;
if(typeof data.nameOnCard !== "string"){
validate44.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"#/allOf/3/properties/nameOnCard/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.batchReferenceId !== undefined){
const _errs24 = errors;
if(typeof data.batchReferenceId !== "string"){
validate44.errors = [{instancePath:instancePath+"/batchReferenceId",schemaPath:"#/allOf/3/properties/batchReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.batchRecordId !== undefined){
const _errs26 = errors;
if(typeof data.batchRecordId !== "string"){
validate44.errors = [{instancePath:instancePath+"/batchRecordId",schemaPath:"#/allOf/3/properties/batchRecordId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/allOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
}
}
validate44.errors = vErrors;
return errors === 0;
}


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-credit-card-add.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate43.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs2 = errors;
if(!(validate44(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data2 = data.requestId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
validate43.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}

exports["ibis-card-activate.request"] = validate48;
const schema104 = {"$comment":"request of POST /ibis/card/activate","type":"object","required":["cFiCardId"],"properties":{"cFiCardId":{"$ref":"common#/definitions/id"},"attributes":{"type":"object","properties":{"cardExpDate":{"$ref":"common#/definitions/cardExpDate"}},"nullable":true}},"$id":"ibis-card-activate.request"};
const schema106 = {"description":"card expiration date in MMYY format, nullable","x-doc":{"file":"ibis-overview.txt","heading":"Activate a Card"},"type":"string","pattern":"^\\d{4}$","nullable":true};
const pattern49 = new RegExp("^\\d{4}$", "u");

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-activate.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.cFiCardId === undefined) && (missing0 = "cFiCardId")){
validate48.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.cFiCardId !== undefined){
let data0 = data.cFiCardId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate48.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate48.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate48.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate48.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attributes !== undefined){
let data1 = data.attributes;
const _errs5 = errors;
if((!(data1 && typeof data1 == "object" && !Array.isArray(data1))) && (data1 !== null)){
validate48.errors = [{instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
if(errors === _errs5){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.cardExpDate !== undefined){
let data2 = data1.cardExpDate;
const _errs9 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate48.errors = [{instancePath:instancePath+"/attributes/cardExpDate",schemaPath:"common#/definitions/cardExpDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs9){
if(typeof data2 === "string"){
if(!pattern49.test(data2)){
validate48.errors = [{instancePath:instancePath+"/attributes/cardExpDate",schemaPath:"common#/definitions/cardExpDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}$"},message:"must match pattern \""+"^\\d{4}$"+"\""}];
return false;
}
}
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate48.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate48.errors = vErrors;
return errors === 0;
}

exports["ibis-card-activate.response"] = validate49;
const schema107 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"allOf":[{"$ref":"ibisResponse#/definitions/card"},{"type":"object","required":["transId"],"properties":{"expiryDate":{"type":"string","pattern":"^\\d{6}$"},"cardReferenceId":{"type":"string"},"maaSubUnSubRespDesc":{"type":"string"}}}]},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-card-activate.response"};
const schema108 = {"description":"a card record with balances: the data of activate, set-pin, check-pin, status, set-status, cardholder-profile, reissue and sync-profile","allOf":[{"$ref":"ibisResponse#/definitions/cardIdentity"},{"$ref":"ibisResponse#/definitions/cardBackOffice"},{"$ref":"ibisResponse#/definitions/balances"},{"type":"object","required":["programType"],"properties":{"programType":{"$ref":"ibisResponse#/definitions/programType"}}}]};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.boReferenceId === undefined) && (missing0 = "boReferenceId")) || ((data.boCustomerId === undefined) && (missing0 = "boCustomerId"))) || ((data.vAccountNumber === undefined) && (missing0 = "vAccountNumber"))) || ((data.abaRoutingNumber === undefined) && (missing0 = "abaRoutingNumber"))){
validate50.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.boReferenceId !== undefined){
const _errs4 = errors;
if(typeof data.boReferenceId !== "string"){
validate50.errors = [{instancePath:instancePath+"/boReferenceId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.boCustomerId !== undefined){
const _errs6 = errors;
if(typeof data.boCustomerId !== "string"){
validate50.errors = [{instancePath:instancePath+"/boCustomerId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.vAccountNumber !== undefined){
const _errs8 = errors;
if(typeof data.vAccountNumber !== "string"){
validate50.errors = [{instancePath:instancePath+"/vAccountNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.abaRoutingNumber !== undefined){
const _errs10 = errors;
if(typeof data.abaRoutingNumber !== "string"){
validate50.errors = [{instancePath:instancePath+"/abaRoutingNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs12 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
if(valid0){
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.programType === undefined) && (missing1 = "programType")){
validate50.errors = [{instancePath,schemaPath:"#/allOf/3/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.programType !== undefined){
let data4 = data.programType;
if(typeof data4 !== "string"){
validate50.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data4 === "debit") || (data4 === "credit")) || (data4 === "vAccountOnly"))){
validate50.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/allOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
}
}
validate50.errors = vErrors;
return errors === 0;
}


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-activate.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate49.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate49.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
const _errs3 = errors;
if(!(validate50(data1, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.transId === undefined) && (missing1 = "transId")){
validate49.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.expiryDate !== undefined){
let data2 = data1.expiryDate;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(!pattern19.test(data2)){
validate49.errors = [{instancePath:instancePath+"/data/expiryDate",schemaPath:"#/properties/data/allOf/1/properties/expiryDate/pattern",keyword:"pattern",params:{pattern: "^\\d{6}$"},message:"must match pattern \""+"^\\d{6}$"+"\""}];
return false;
}
}
else {
validate49.errors = [{instancePath:instancePath+"/data/expiryDate",schemaPath:"#/properties/data/allOf/1/properties/expiryDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.cardReferenceId !== undefined){
const _errs8 = errors;
if(typeof data1.cardReferenceId !== "string"){
validate49.errors = [{instancePath:instancePath+"/data/cardReferenceId",schemaPath:"#/properties/data/allOf/1/properties/cardReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.maaSubUnSubRespDesc !== undefined){
const _errs10 = errors;
if(typeof data1.maaSubUnSubRespDesc !== "string"){
validate49.errors = [{instancePath:instancePath+"/data/maaSubUnSubRespDesc",schemaPath:"#/properties/data/allOf/1/properties/maaSubUnSubRespDesc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data5 = data.requestId;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
validate49.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate49.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate49.errors = vErrors;
return errors === 0;
}

exports["ibis-card-set-pin.request"] = validate54;
const schema112 = {"$comment":"request of POST /ibis/card/set-pin","type":"object","required":["cFiCardId","pin"],"properties":{"cFiCardId":{"$ref":"common#/definitions/id"},"pin":{"type":"string","pattern":"^\\d{4}$"}},"$id":"ibis-card-set-pin.request"};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-set-pin.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.cFiCardId === undefined) && (missing0 = "cFiCardId")) || ((data.pin === undefined) && (missing0 = "pin"))){
validate54.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.cFiCardId !== undefined){
let data0 = data.cFiCardId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate54.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate54.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate54.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate54.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pin !== undefined){
let data1 = data.pin;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern49.test(data1)){
validate54.errors = [{instancePath:instancePath+"/pin",schemaPath:"#/properties/pin/pattern",keyword:"pattern",params:{pattern: "^\\d{4}$"},message:"must match pattern \""+"^\\d{4}$"+"\""}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/pin",schemaPath:"#/properties/pin/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate54.errors = vErrors;
return errors === 0;
}

exports["ibis-card-set-pin.response"] = validate55;
const schema114 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"allOf":[{"$ref":"ibisResponse#/definitions/card"},{"type":"object","required":["transId"],"properties":{}}]},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-card-set-pin.response"};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.boReferenceId === undefined) && (missing0 = "boReferenceId")) || ((data.boCustomerId === undefined) && (missing0 = "boCustomerId"))) || ((data.vAccountNumber === undefined) && (missing0 = "vAccountNumber"))) || ((data.abaRoutingNumber === undefined) && (missing0 = "abaRoutingNumber"))){
validate56.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.boReferenceId !== undefined){
const _errs4 = errors;
if(typeof data.boReferenceId !== "string"){
validate56.errors = [{instancePath:instancePath+"/boReferenceId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.boCustomerId !== undefined){
const _errs6 = errors;
if(typeof data.boCustomerId !== "string"){
validate56.errors = [{instancePath:instancePath+"/boCustomerId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.vAccountNumber !== undefined){
const _errs8 = errors;
if(typeof data.vAccountNumber !== "string"){
validate56.errors = [{instancePath:instancePath+"/vAccountNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.abaRoutingNumber !== undefined){
const _errs10 = errors;
if(typeof data.abaRoutingNumber !== "string"){
validate56.errors = [{instancePath:instancePath+"/abaRoutingNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs12 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
if(valid0){
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.programType === undefined) && (missing1 = "programType")){
validate56.errors = [{instancePath,schemaPath:"#/allOf/3/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.programType !== undefined){
let data4 = data.programType;
if(typeof data4 !== "string"){
validate56.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data4 === "debit") || (data4 === "credit")) || (data4 === "vAccountOnly"))){
validate56.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"#/allOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
}
}
validate56.errors = vErrors;
return errors === 0;
}


function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-set-pin.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate55.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate55.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
const _errs3 = errors;
if(!(validate56(data1, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.transId === undefined) && (missing1 = "transId")){
validate55.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
}
else {
validate55.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data2 = data.requestId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
validate55.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate55.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate55.errors = vErrors;
return errors === 0;
}

exports["ibis-card-check-pin.request"] = validate60;
const schema119 = {"$comment":"request of POST /ibis/card/check-pin","type":"object","required":["cFiCardId","pin"],"properties":{"cFiCardId":{"$ref":"common#/definitions/id"},"pin":{"type":"string","pattern":"^\\d{4}$"}},"$id":"ibis-card-check-pin.request"};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-check-pin.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.cFiCardId === undefined) && (missing0 = "cFiCardId")) || ((data.pin === undefined) && (missing0 = "pin"))){
validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.cFiCardId !== undefined){
let data0 = data.cFiCardId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate60.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate60.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate60.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pin !== undefined){
let data1 = data.pin;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern49.test(data1)){
validate60.errors = [{instancePath:instancePath+"/pin",schemaPath:"#/properties/pin/pattern",keyword:"pattern",params:{pattern: "^\\d{4}$"},message:"must match pattern \""+"^\\d{4}$"+"\""}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/pin",schemaPath:"#/properties/pin/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}

exports["ibis-card-check-pin.response"] = validate61;
const schema121 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"allOf":[{"$ref":"ibisResponse#/definitions/card"},{"type":"object","required":["transId"],"properties":{}}]},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-card-check-pin.response"};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.boReferenceId === undefined) && (missing0 = "boReferenceId")) || ((data.boCustomerId === undefined) && (missing0 = "boCustomerId"))) || ((data.vAccountNumber === undefined) && (missing0 = "vAccountNumber"))) || ((data.abaRoutingNumber === undefined) && (missing0 = "abaRoutingNumber"))){
validate62.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.boReferenceId !== undefined){
const _errs4 = errors;
if(typeof data.boReferenceId !== "string"){
validate62.errors = [{instancePath:instancePath+"/boReferenceId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.boCustomerId !== undefined){
const _errs6 = errors;
if(typeof data.boCustomerId !== "string"){
validate62.errors = [{instancePath:instancePath+"/boCustomerId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.vAccountNumber !== undefined){
const _errs8 = errors;
if(typeof data.vAccountNumber !== "string"){
validate62.errors = [{instancePath:instancePath+"/vAccountNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.abaRoutingNumber !== undefined){
const _errs10 = errors;
if(typeof data.abaRoutingNumber !== "string"){
validate62.errors = [{instancePath:instancePath+"/abaRoutingNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate62.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs12 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
if(valid0){
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.programType === undefined) && (missing1 = "programType")){
validate62.errors = [{instancePath,schemaPath:"#/allOf/3/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.programType !== undefined){
let data4 = data.programType;
if(typeof data4 !== "string"){
validate62.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data4 === "debit") || (data4 === "credit")) || (data4 === "vAccountOnly"))){
validate62.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate62.errors = [{instancePath,schemaPath:"#/allOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
}
}
validate62.errors = vErrors;
return errors === 0;
}


function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-check-pin.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate61.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate61.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
const _errs3 = errors;
if(!(validate62(data1, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.transId === undefined) && (missing1 = "transId")){
validate61.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
}
else {
validate61.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data2 = data.requestId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
validate61.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate61.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate61.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate61.errors = vErrors;
return errors === 0;
}

exports["ibis-card-status.request"] = validate66;
const schema126 = {"$comment":"request of POST /ibis/card/status","type":"object","oneOf":[{"type":"object","required":["cFiCardId"],"properties":{"cFiCardId":{"$ref":"common#/definitions/id"}},"additionalProperties":false},{"type":"object","required":["reference"],"properties":{"reference":{"$ref":"common#/definitions/reference"}},"additionalProperties":false}],"$id":"ibis-card-status.request"};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-status.request" */;
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
const _errs2 = errors;
let valid0 = false;
let passing0 = null;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.cFiCardId === undefined) && (missing0 = "cFiCardId")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs5 = errors;
for(const key0 in data){
if(!(key0 === "cFiCardId")){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs5 === errors){
if(data.cFiCardId !== undefined){
let data0 = data.cFiCardId;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data0 === "string"){
if(func2(data0) > 36){
const err2 = {instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs9 = errors;
if(errors === _errs9){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.reference === undefined) && (missing1 = "reference")){
const err7 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
const _errs11 = errors;
for(const key1 in data){
if(!(key1 === "reference")){
const err8 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break;
}
}
if(_errs11 === errors){
if(data.reference !== undefined){
let data1 = data.reference;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data1 === "string"){
if(func2(data1) > 32){
const err9 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
if(!pattern1.test(data1)){
const err11 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err14 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate66.errors = vErrors;
return false;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
validate66.errors = vErrors;
return errors === 0;
}

exports["ibis-card-status.response"] = validate67;
const schema129 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"allOf":[{"$ref":"ibisResponse#/definitions/card"},{"type":"object","required":["status"],"properties":{"isBadPinTriesExceeded":{"type":"string","enum":["Y","N"]},"transitionFlag":{"type":"string"},"isOfflinePinTryLimitExceeded":{"type":"string","enum":["Y","N"]}}}]},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-card-status.response"};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.boReferenceId === undefined) && (missing0 = "boReferenceId")) || ((data.boCustomerId === undefined) && (missing0 = "boCustomerId"))) || ((data.vAccountNumber === undefined) && (missing0 = "vAccountNumber"))) || ((data.abaRoutingNumber === undefined) && (missing0 = "abaRoutingNumber"))){
validate68.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.boReferenceId !== undefined){
const _errs4 = errors;
if(typeof data.boReferenceId !== "string"){
validate68.errors = [{instancePath:instancePath+"/boReferenceId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.boCustomerId !== undefined){
const _errs6 = errors;
if(typeof data.boCustomerId !== "string"){
validate68.errors = [{instancePath:instancePath+"/boCustomerId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.vAccountNumber !== undefined){
const _errs8 = errors;
if(typeof data.vAccountNumber !== "string"){
validate68.errors = [{instancePath:instancePath+"/vAccountNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.abaRoutingNumber !== undefined){
const _errs10 = errors;
if(typeof data.abaRoutingNumber !== "string"){
validate68.errors = [{instancePath:instancePath+"/abaRoutingNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate68.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs12 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
if(valid0){
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.programType === undefined) && (missing1 = "programType")){
validate68.errors = [{instancePath,schemaPath:"#/allOf/3/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.programType !== undefined){
let data4 = data.programType;
if(typeof data4 !== "string"){
validate68.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data4 === "debit") || (data4 === "credit")) || (data4 === "vAccountOnly"))){
validate68.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate68.errors = [{instancePath,schemaPath:"#/allOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
}
}
validate68.errors = vErrors;
return errors === 0;
}


function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-status.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate67.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate67.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
const _errs3 = errors;
if(!(validate68(data1, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.status === undefined) && (missing1 = "status")){
validate67.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.isBadPinTriesExceeded !== undefined){
let data2 = data1.isBadPinTriesExceeded;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate67.errors = [{instancePath:instancePath+"/data/isBadPinTriesExceeded",schemaPath:"#/properties/data/allOf/1/properties/isBadPinTriesExceeded/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data2 === "Y") || (data2 === "N"))){
validate67.errors = [{instancePath:instancePath+"/data/isBadPinTriesExceeded",schemaPath:"#/properties/data/allOf/1/properties/isBadPinTriesExceeded/enum",keyword:"enum",params:{allowedValues: schema129.properties.data.allOf[1].properties.isBadPinTriesExceeded.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.transitionFlag !== undefined){
const _errs8 = errors;
if(typeof data1.transitionFlag !== "string"){
validate67.errors = [{instancePath:instancePath+"/data/transitionFlag",schemaPath:"#/properties/data/allOf/1/properties/transitionFlag/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.isOfflinePinTryLimitExceeded !== undefined){
let data4 = data1.isOfflinePinTryLimitExceeded;
const _errs10 = errors;
if(typeof data4 !== "string"){
validate67.errors = [{instancePath:instancePath+"/data/isOfflinePinTryLimitExceeded",schemaPath:"#/properties/data/allOf/1/properties/isOfflinePinTryLimitExceeded/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data4 === "Y") || (data4 === "N"))){
validate67.errors = [{instancePath:instancePath+"/data/isOfflinePinTryLimitExceeded",schemaPath:"#/properties/data/allOf/1/properties/isOfflinePinTryLimitExceeded/enum",keyword:"enum",params:{allowedValues: schema129.properties.data.allOf[1].properties.isOfflinePinTryLimitExceeded.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate67.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data5 = data.requestId;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
validate67.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate67.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate67.errors = vErrors;
return errors === 0;
}

exports["ibis-card-set-status.request"] = validate72;
const schema134 = {"$comment":"request of POST /ibis/card/set-status","type":"object","required":["cFiCardId","statusCode"],"properties":{"cFiCardId":{"$ref":"common#/definitions/id"},"statusCode":{"type":"string","enum":["I","B","S","F"]},"description":{"$ref":"common#/definitions/description60"}},"$id":"ibis-card-set-status.request"};
const schema136 = {"description":"description (1-60 characters) on set-status, funds-credit, funds-debit and card-to-card","x-doc":{"file":"README.md","heading":"Schema details the overview page leaves out"},"type":"string","minLength":1,"maxLength":60};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-set-status.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.cFiCardId === undefined) && (missing0 = "cFiCardId")) || ((data.statusCode === undefined) && (missing0 = "statusCode"))){
validate72.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.cFiCardId !== undefined){
let data0 = data.cFiCardId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate72.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate72.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate72.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.statusCode !== undefined){
let data1 = data.statusCode;
const _errs5 = errors;
if(typeof data1 !== "string"){
validate72.errors = [{instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data1 === "I") || (data1 === "B")) || (data1 === "S")) || (data1 === "F"))){
validate72.errors = [{instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/enum",keyword:"enum",params:{allowedValues: schema134.properties.statusCode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data2 = data.description;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(func2(data2) > 60){
validate72.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/description60/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate72.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/description60/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/description60/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate72.errors = vErrors;
return errors === 0;
}

exports["ibis-card-set-status.response"] = validate73;
const schema137 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"allOf":[{"$ref":"ibisResponse#/definitions/card"},{"type":"object","required":["status","transId"],"properties":{}}]},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-card-set-status.response"};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.boReferenceId === undefined) && (missing0 = "boReferenceId")) || ((data.boCustomerId === undefined) && (missing0 = "boCustomerId"))) || ((data.vAccountNumber === undefined) && (missing0 = "vAccountNumber"))) || ((data.abaRoutingNumber === undefined) && (missing0 = "abaRoutingNumber"))){
validate74.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.boReferenceId !== undefined){
const _errs4 = errors;
if(typeof data.boReferenceId !== "string"){
validate74.errors = [{instancePath:instancePath+"/boReferenceId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.boCustomerId !== undefined){
const _errs6 = errors;
if(typeof data.boCustomerId !== "string"){
validate74.errors = [{instancePath:instancePath+"/boCustomerId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.vAccountNumber !== undefined){
const _errs8 = errors;
if(typeof data.vAccountNumber !== "string"){
validate74.errors = [{instancePath:instancePath+"/vAccountNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.abaRoutingNumber !== undefined){
const _errs10 = errors;
if(typeof data.abaRoutingNumber !== "string"){
validate74.errors = [{instancePath:instancePath+"/abaRoutingNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate74.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs12 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
if(valid0){
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.programType === undefined) && (missing1 = "programType")){
validate74.errors = [{instancePath,schemaPath:"#/allOf/3/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.programType !== undefined){
let data4 = data.programType;
if(typeof data4 !== "string"){
validate74.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data4 === "debit") || (data4 === "credit")) || (data4 === "vAccountOnly"))){
validate74.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate74.errors = [{instancePath,schemaPath:"#/allOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
}
}
validate74.errors = vErrors;
return errors === 0;
}


function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-set-status.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate73.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate73.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
const _errs3 = errors;
if(!(validate74(data1, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.status === undefined) && (missing1 = "status")) || ((data1.transId === undefined) && (missing1 = "transId"))){
validate73.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
}
else {
validate73.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data2 = data.requestId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
validate73.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate73.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate73.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate73.errors = vErrors;
return errors === 0;
}

exports["ibis-card-cardholder-profile.request"] = validate78;
const schema142 = {"$comment":"request of POST /ibis/card/cardholder-profile","type":"object","oneOf":[{"type":"object","required":["cFiCardId"],"properties":{"cFiCardId":{"$ref":"common#/definitions/id"}},"additionalProperties":false},{"type":"object","required":["reference"],"properties":{"reference":{"$ref":"common#/definitions/reference"}},"additionalProperties":false}],"$id":"ibis-card-cardholder-profile.request"};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-cardholder-profile.request" */;
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate78.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
const _errs2 = errors;
let valid0 = false;
let passing0 = null;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.cFiCardId === undefined) && (missing0 = "cFiCardId")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs5 = errors;
for(const key0 in data){
if(!(key0 === "cFiCardId")){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs5 === errors){
if(data.cFiCardId !== undefined){
let data0 = data.cFiCardId;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data0 === "string"){
if(func2(data0) > 36){
const err2 = {instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs9 = errors;
if(errors === _errs9){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.reference === undefined) && (missing1 = "reference")){
const err7 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
const _errs11 = errors;
for(const key1 in data){
if(!(key1 === "reference")){
const err8 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break;
}
}
if(_errs11 === errors){
if(data.reference !== undefined){
let data1 = data.reference;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data1 === "string"){
if(func2(data1) > 32){
const err9 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
if(!pattern1.test(data1)){
const err11 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err14 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate78.errors = vErrors;
return false;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
validate78.errors = vErrors;
return errors === 0;
}

exports["ibis-card-cardholder-profile.response"] = validate79;
const schema145 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"allOf":[{"$ref":"ibisResponse#/definitions/card"},{"type":"object","required":["status","statusCode","firstName","lastName","cardNumber"],"properties":{"stakeholderId":{"type":"string"},"transitionFlag":{"type":"string"},"statusCode":{"type":"string","enum":["A","B","I","S","F"]},"firstName":{"type":"string"},"lastName":{"type":"string"},"address1":{"type":"string"},"address2":{"type":"string"},"dob":{"type":"string","format":"date"},"city":{"type":"string"},"stateCode":{"type":"string"},"postalCode":{"type":"string"},"country":{"type":"string"},"expDate":{"type":"string","format":"date"},"cardType":{"type":"string"},"cellNumber":{"type":"string"},"email":{"type":"string"},"occupation":{"type":"string"},"cipCleared":{"type":"string"},"pseudoDdaNumbers":{"type":"array","items":{"type":"object","required":["pseudoDdaNumber"],"properties":{"pseudoDdaNumber":{"type":"string"}}}},"cardDeliveryMode":{"type":"string"},"cardNumber":{"type":"string","pattern":"^\\d{6}\\*+\\d{4}$","description":"masked PAN: the profile never carries a full card number"}}}]},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-card-cardholder-profile.response"};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.boReferenceId === undefined) && (missing0 = "boReferenceId")) || ((data.boCustomerId === undefined) && (missing0 = "boCustomerId"))) || ((data.vAccountNumber === undefined) && (missing0 = "vAccountNumber"))) || ((data.abaRoutingNumber === undefined) && (missing0 = "abaRoutingNumber"))){
validate80.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.boReferenceId !== undefined){
const _errs4 = errors;
if(typeof data.boReferenceId !== "string"){
validate80.errors = [{instancePath:instancePath+"/boReferenceId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.boCustomerId !== undefined){
const _errs6 = errors;
if(typeof data.boCustomerId !== "string"){
validate80.errors = [{instancePath:instancePath+"/boCustomerId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.vAccountNumber !== undefined){
const _errs8 = errors;
if(typeof data.vAccountNumber !== "string"){
validate80.errors = [{instancePath:instancePath+"/vAccountNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.abaRoutingNumber !== undefined){
const _errs10 = errors;
if(typeof data.abaRoutingNumber !== "string"){
validate80.errors = [{instancePath:instancePath+"/abaRoutingNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate80.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs12 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
if(valid0){
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.programType === undefined) && (missing1 = "programType")){
validate80.errors = [{instancePath,schemaPath:"#/allOf/3/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.programType !== undefined){
let data4 = data.programType;
if(typeof data4 !== "string"){
validate80.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data4 === "debit") || (data4 === "credit")) || (data4 === "vAccountOnly"))){
validate80.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate80.errors = [{instancePath,schemaPath:"#/allOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
}
}
validate80.errors = vErrors;
return errors === 0;
}

const formats4 = require("../src/api/keyword-runtime.cjs").formats.date;
const pattern65 = new RegExp("^\\d{6}\\*+\\d{4}$", "u");

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-cardholder-profile.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate79.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate79.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
const _errs3 = errors;
if(!(validate80(data1, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((((((data1.status === undefined) && (missing1 = "status")) || ((data1.statusCode === undefined) && (missing1 = "statusCode"))) || ((data1.firstName === undefined) && (missing1 = "firstName"))) || ((data1.lastName === undefined) && (missing1 = "lastName"))) || ((data1.cardNumber === undefined) && (missing1 = "cardNumber"))){
validate79.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.stakeholderId !== undefined){
const _errs6 = errors;
if(typeof data1.stakeholderId !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/stakeholderId",schemaPath:"#/properties/data/allOf/1/properties/stakeholderId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.transitionFlag !== undefined){
const _errs8 = errors;
if(typeof data1.transitionFlag !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/transitionFlag",schemaPath:"#/properties/data/allOf/1/properties/transitionFlag/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.statusCode !== undefined){
let data4 = data1.statusCode;
const _errs10 = errors;
if(typeof data4 !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/statusCode",schemaPath:"#/properties/data/allOf/1/properties/statusCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data4 === "A") || (data4 === "B")) || (data4 === "I")) || (data4 === "S")) || (data4 === "F"))){
validate79.errors = [{instancePath:instancePath+"/data/statusCode",schemaPath:"#/properties/data/allOf/1/properties/statusCode/enum",keyword:"enum",params:{allowedValues: schema145.properties.data.allOf[1].properties.statusCode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.firstName !== undefined){
const _errs12 = errors;
if(typeof data1.firstName !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/firstName",schemaPath:"#/properties/data/allOf/1/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.lastName !== undefined){
const _errs14 = errors;
if(typeof data1.lastName !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/lastName",schemaPath:"#/properties/data/allOf/1/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.address1 !== undefined){
const _errs16 = errors;
if(typeof data1.address1 !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/address1",schemaPath:"#/properties/data/allOf/1/properties/address1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.address2 !== undefined){
const _errs18 = errors;
if(typeof data1.address2 !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/address2",schemaPath:"#/properties/data/allOf/1/properties/address2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.dob !== undefined){
let data9 = data1.dob;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data9 === "string"){
if(!(formats4.validate(data9))){
validate79.errors = [{instancePath:instancePath+"/data/dob",schemaPath:"#/properties/data/allOf/1/properties/dob/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate79.errors = [{instancePath:instancePath+"/data/dob",schemaPath:"#/properties/data/allOf/1/properties/dob/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.city !== undefined){
const _errs22 = errors;
if(typeof data1.city !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/city",schemaPath:"#/properties/data/allOf/1/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.stateCode !== undefined){
const _errs24 = errors;
if(typeof data1.stateCode !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/stateCode",schemaPath:"#/properties/data/allOf/1/properties/stateCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs24 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.postalCode !== undefined){
const _errs26 = errors;
if(typeof data1.postalCode !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/postalCode",schemaPath:"#/properties/data/allOf/1/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs26 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.country !== undefined){
const _errs28 = errors;
if(typeof data1.country !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/country",schemaPath:"#/properties/data/allOf/1/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs28 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.expDate !== undefined){
let data14 = data1.expDate;
const _errs30 = errors;
if(errors === _errs30){
if(errors === _errs30){
if(typeof data14 === "string"){
if(!(formats4.validate(data14))){
validate79.errors = [{instancePath:instancePath+"/data/expDate",schemaPath:"#/properties/data/allOf/1/properties/expDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate79.errors = [{instancePath:instancePath+"/data/expDate",schemaPath:"#/properties/data/allOf/1/properties/expDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs30 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.cardType !== undefined){
const _errs32 = errors;
if(typeof data1.cardType !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/cardType",schemaPath:"#/properties/data/allOf/1/properties/cardType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs32 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.cellNumber !== undefined){
const _errs34 = errors;
if(typeof data1.cellNumber !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/cellNumber",schemaPath:"#/properties/data/allOf/1/properties/cellNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs34 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.email !== undefined){
const _errs36 = errors;
if(typeof data1.email !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/email",schemaPath:"#/properties/data/allOf/1/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs36 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.occupation !== undefined){
const _errs38 = errors;
if(typeof data1.occupation !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/occupation",schemaPath:"#/properties/data/allOf/1/properties/occupation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs38 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.cipCleared !== undefined){
const _errs40 = errors;
if(typeof data1.cipCleared !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/cipCleared",schemaPath:"#/properties/data/allOf/1/properties/cipCleared/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs40 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.pseudoDdaNumbers !== undefined){
let data20 = data1.pseudoDdaNumbers;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data20)){
var valid3 = true;
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
const _errs44 = errors;
if(errors === _errs44){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
let missing2;
if((data21.pseudoDdaNumber === undefined) && (missing2 = "pseudoDdaNumber")){
validate79.errors = [{instancePath:instancePath+"/data/pseudoDdaNumbers/" + i0,schemaPath:"#/properties/data/allOf/1/properties/pseudoDdaNumbers/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data21.pseudoDdaNumber !== undefined){
if(typeof data21.pseudoDdaNumber !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/pseudoDdaNumbers/" + i0+"/pseudoDdaNumber",schemaPath:"#/properties/data/allOf/1/properties/pseudoDdaNumbers/items/properties/pseudoDdaNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate79.errors = [{instancePath:instancePath+"/data/pseudoDdaNumbers/" + i0,schemaPath:"#/properties/data/allOf/1/properties/pseudoDdaNumbers/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs44 === errors;
if(!valid3){
break;
}
}
}
else {
validate79.errors = [{instancePath:instancePath+"/data/pseudoDdaNumbers",schemaPath:"#/properties/data/allOf/1/properties/pseudoDdaNumbers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs42 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.cardDeliveryMode !== undefined){
const _errs48 = errors;
if(typeof data1.cardDeliveryMode !== "string"){
validate79.errors = [{instancePath:instancePath+"/data/cardDeliveryMode",schemaPath:"#/properties/data/allOf/1/properties/cardDeliveryMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs48 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.cardNumber !== undefined){
let data24 = data1.cardNumber;
const _errs50 = errors;
if(errors === _errs50){
if(typeof data24 === "string"){
if(!pattern65.test(data24)){
validate79.errors = [{instancePath:instancePath+"/data/cardNumber",schemaPath:"#/properties/data/allOf/1/properties/cardNumber/pattern",keyword:"pattern",params:{pattern: "^\\d{6}\\*+\\d{4}$"},message:"must match pattern \""+"^\\d{6}\\*+\\d{4}$"+"\""}];
return false;
}
}
else {
validate79.errors = [{instancePath:instancePath+"/data/cardNumber",schemaPath:"#/properties/data/allOf/1/properties/cardNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs50 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate79.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data25 = data.requestId;
const _errs52 = errors;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data25 === "string"){
if(!pattern6.test(data25)){
validate79.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate79.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate79.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate79.errors = vErrors;
return errors === 0;
}

exports["ibis-card-reissue.request"] = validate84;
const schema150 = {"$comment":"request of POST /ibis/card/reissue","type":"object","required":["customerId","cFiCardId","reference","reissueType","reasonCode"],"properties":{"customerId":{"$ref":"common#/definitions/id"},"cFiCardId":{"$ref":"common#/definitions/id"},"reference":{"$ref":"common#/definitions/reference"},"profile":{"$ref":"ibisFacade#/definitions/reissueProfile"},"reissueType":{"type":"string","enum":["1","2","3"]},"reasonCode":{"type":"string","enum":["1","2","3","4","5","6"]},"cardShippingMethodId":{"type":"string","enum":["1","2","3",null],"nullable":true,"default":"1"},"activateNewCard":{"type":"string","enum":["Y","N"],"default":"N"}},"x-errata":"reissue-required-properties","$id":"ibis-card-reissue.request"};
const schema154 = {"description":"card holder details for a reissue. The docs give no property table: the properties are those of the documented example, typed loosely (errata reissue-profile-undocumented).","x-doc":{"file":"ibis-overview.txt","heading":"Reissue a Card"},"type":"object","properties":{"cardHolderId":{"$ref":"common#/definitions/idNullable"},"cardHolderType":{"type":"string","enum":["representative","individual"]},"address":{"$ref":"common#/definitions/commonStr50Req"},"address2":{"$ref":"common#/definitions/commonStr50"},"city":{"$ref":"common#/definitions/commonStr50Req"},"stateCode":{"$ref":"common#/definitions/commonStr50Req"},"postalCode":{"$ref":"common#/definitions/postalCode"},"cellNumber":{"$ref":"common#/definitions/phoneNumber10"},"email":{"$ref":"common#/definitions/commonStr100Req"},"nameOnCard":{"$ref":"common#/definitions/commonStr100Req"}}};
const schema157 = {"description":"common-commonStr50","type":"string","pattern":"^((?![<>]).)*$","minLength":0,"maxLength":50,"nullable":true};
const schema160 = {"description":"customer-postalCode","type":"string","pattern":"^[0-9a-zA-Z-]+$","minLength":5,"maxLength":10};
const schema161 = {"description":"a ten digit phone number","type":"string","pattern":"^[0-9]+$","minLength":10,"maxLength":10};
const pattern75 = new RegExp("^[0-9a-zA-Z-]+$", "u");
const pattern76 = new RegExp("^[0-9]+$", "u");

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cardHolderId !== undefined){
let data0 = data.cardHolderId;
const _errs2 = errors;
const _errs3 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate85.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate85.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate85.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate85.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardHolderType !== undefined){
let data1 = data.cardHolderType;
const _errs6 = errors;
if(typeof data1 !== "string"){
validate85.errors = [{instancePath:instancePath+"/cardHolderType",schemaPath:"#/properties/cardHolderType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data1 === "representative") || (data1 === "individual"))){
validate85.errors = [{instancePath:instancePath+"/cardHolderType",schemaPath:"#/properties/cardHolderType/enum",keyword:"enum",params:{allowedValues: schema154.properties.cardHolderType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.address !== undefined){
let data2 = data.address;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) > 50){
validate85.errors = [{instancePath:instancePath+"/address",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate85.errors = [{instancePath:instancePath+"/address",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data2)){
validate85.errors = [{instancePath:instancePath+"/address",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data2)){
validate85.errors = [{instancePath:instancePath+"/address",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/address",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.address2 !== undefined){
let data3 = data.address2;
const _errs11 = errors;
const _errs12 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate85.errors = [{instancePath:instancePath+"/address2",schemaPath:"common#/definitions/commonStr50/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs12){
if(typeof data3 === "string"){
if(func2(data3) > 50){
validate85.errors = [{instancePath:instancePath+"/address2",schemaPath:"common#/definitions/commonStr50/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data3) < 0){
validate85.errors = [{instancePath:instancePath+"/address2",schemaPath:"common#/definitions/commonStr50/minLength",keyword:"minLength",params:{limit: 0},message:"must NOT have fewer than 0 characters"}];
return false;
}
else {
if(!pattern3.test(data3)){
validate85.errors = [{instancePath:instancePath+"/address2",schemaPath:"common#/definitions/commonStr50/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.city !== undefined){
let data4 = data.city;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(func2(data4) > 50){
validate85.errors = [{instancePath:instancePath+"/city",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data4) < 1){
validate85.errors = [{instancePath:instancePath+"/city",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data4)){
validate85.errors = [{instancePath:instancePath+"/city",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data4)){
validate85.errors = [{instancePath:instancePath+"/city",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/city",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stateCode !== undefined){
let data5 = data.stateCode;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data5 === "string"){
if(func2(data5) > 50){
validate85.errors = [{instancePath:instancePath+"/stateCode",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data5) < 1){
validate85.errors = [{instancePath:instancePath+"/stateCode",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data5)){
validate85.errors = [{instancePath:instancePath+"/stateCode",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data5)){
validate85.errors = [{instancePath:instancePath+"/stateCode",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/stateCode",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.postalCode !== undefined){
let data6 = data.postalCode;
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data6 === "string"){
if(func2(data6) > 10){
validate85.errors = [{instancePath:instancePath+"/postalCode",schemaPath:"common#/definitions/postalCode/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters"}];
return false;
}
else {
if(func2(data6) < 5){
validate85.errors = [{instancePath:instancePath+"/postalCode",schemaPath:"common#/definitions/postalCode/minLength",keyword:"minLength",params:{limit: 5},message:"must NOT have fewer than 5 characters"}];
return false;
}
else {
if(!pattern75.test(data6)){
validate85.errors = [{instancePath:instancePath+"/postalCode",schemaPath:"common#/definitions/postalCode/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z-]+$"},message:"must match pattern \""+"^[0-9a-zA-Z-]+$"+"\""}];
return false;
}
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/postalCode",schemaPath:"common#/definitions/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cellNumber !== undefined){
let data7 = data.cellNumber;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data7 === "string"){
if(func2(data7) > 10){
validate85.errors = [{instancePath:instancePath+"/cellNumber",schemaPath:"common#/definitions/phoneNumber10/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters"}];
return false;
}
else {
if(func2(data7) < 10){
validate85.errors = [{instancePath:instancePath+"/cellNumber",schemaPath:"common#/definitions/phoneNumber10/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"}];
return false;
}
else {
if(!pattern76.test(data7)){
validate85.errors = [{instancePath:instancePath+"/cellNumber",schemaPath:"common#/definitions/phoneNumber10/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/cellNumber",schemaPath:"common#/definitions/phoneNumber10/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
let data8 = data.email;
const _errs27 = errors;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data8 === "string"){
if(func2(data8) > 100){
validate85.errors = [{instancePath:instancePath+"/email",schemaPath:"common#/definitions/commonStr100Req/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func2(data8) < 1){
validate85.errors = [{instancePath:instancePath+"/email",schemaPath:"common#/definitions/commonStr100Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data8)){
validate85.errors = [{instancePath:instancePath+"/email",schemaPath:"common#/definitions/commonStr100Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data8)){
validate85.errors = [{instancePath:instancePath+"/email",schemaPath:"common#/definitions/commonStr100Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/email",schemaPath:"common#/definitions/commonStr100Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nameOnCard !== undefined){
let data9 = data.nameOnCard;
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data9 === "string"){
if(func2(data9) > 100){
validate85.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(func2(data9) < 1){
validate85.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data9)){
validate85.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data9)){
validate85.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/nameOnCard",schemaPath:"common#/definitions/commonStr100Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate85.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate85.errors = vErrors;
return errors === 0;
}


function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-reissue.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.customerId === undefined) && (missing0 = "customerId")) || ((data.cFiCardId === undefined) && (missing0 = "cFiCardId"))) || ((data.reference === undefined) && (missing0 = "reference"))) || ((data.reissueType === undefined) && (missing0 = "reissueType"))) || ((data.reasonCode === undefined) && (missing0 = "reasonCode"))){
validate84.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.customerId !== undefined){
let data0 = data.customerId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate84.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate84.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate84.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate84.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiCardId !== undefined){
let data1 = data.cFiCardId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func2(data1) > 36){
validate84.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate84.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate84.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate84.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reference !== undefined){
let data2 = data.reference;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(func2(data2) > 32){
validate84.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate84.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern1.test(data2)){
validate84.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate84.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profile !== undefined){
const _errs12 = errors;
if(!(validate85(data.profile, {instancePath:instancePath+"/profile",parentData:data,parentDataProperty:"profile",rootData}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reissueType !== undefined){
let data4 = data.reissueType;
const _errs13 = errors;
if(typeof data4 !== "string"){
validate84.errors = [{instancePath:instancePath+"/reissueType",schemaPath:"#/properties/reissueType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data4 === "1") || (data4 === "2")) || (data4 === "3"))){
validate84.errors = [{instancePath:instancePath+"/reissueType",schemaPath:"#/properties/reissueType/enum",keyword:"enum",params:{allowedValues: schema150.properties.reissueType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reasonCode !== undefined){
let data5 = data.reasonCode;
const _errs15 = errors;
if(typeof data5 !== "string"){
validate84.errors = [{instancePath:instancePath+"/reasonCode",schemaPath:"#/properties/reasonCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data5 === "1") || (data5 === "2")) || (data5 === "3")) || (data5 === "4")) || (data5 === "5")) || (data5 === "6"))){
validate84.errors = [{instancePath:instancePath+"/reasonCode",schemaPath:"#/properties/reasonCode/enum",keyword:"enum",params:{allowedValues: schema150.properties.reasonCode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardShippingMethodId !== undefined){
let data6 = data.cardShippingMethodId;
const _errs17 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate84.errors = [{instancePath:instancePath+"/cardShippingMethodId",schemaPath:"#/properties/cardShippingMethodId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data6 === "1") || (data6 === "2")) || (data6 === "3")) || (data6 === null))){
validate84.errors = [{instancePath:instancePath+"/cardShippingMethodId",schemaPath:"#/properties/cardShippingMethodId/enum",keyword:"enum",params:{allowedValues: schema150.properties.cardShippingMethodId.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.activateNewCard !== undefined){
let data7 = data.activateNewCard;
const _errs20 = errors;
if(typeof data7 !== "string"){
validate84.errors = [{instancePath:instancePath+"/activateNewCard",schemaPath:"#/properties/activateNewCard/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data7 === "Y") || (data7 === "N"))){
validate84.errors = [{instancePath:instancePath+"/activateNewCard",schemaPath:"#/properties/activateNewCard/enum",keyword:"enum",params:{allowedValues: schema150.properties.activateNewCard.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate84.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate84.errors = vErrors;
return errors === 0;
}

exports["ibis-card-reissue.response"] = validate87;
const schema164 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"allOf":[{"$ref":"ibisResponse#/definitions/card"},{"type":"object","required":["transId"],"properties":{"newCardReferenceId":{"type":"string"}}}]},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-card-reissue.response"};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.boReferenceId === undefined) && (missing0 = "boReferenceId")) || ((data.boCustomerId === undefined) && (missing0 = "boCustomerId"))) || ((data.vAccountNumber === undefined) && (missing0 = "vAccountNumber"))) || ((data.abaRoutingNumber === undefined) && (missing0 = "abaRoutingNumber"))){
validate88.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.boReferenceId !== undefined){
const _errs4 = errors;
if(typeof data.boReferenceId !== "string"){
validate88.errors = [{instancePath:instancePath+"/boReferenceId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.boCustomerId !== undefined){
const _errs6 = errors;
if(typeof data.boCustomerId !== "string"){
validate88.errors = [{instancePath:instancePath+"/boCustomerId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.vAccountNumber !== undefined){
const _errs8 = errors;
if(typeof data.vAccountNumber !== "string"){
validate88.errors = [{instancePath:instancePath+"/vAccountNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.abaRoutingNumber !== undefined){
const _errs10 = errors;
if(typeof data.abaRoutingNumber !== "string"){
validate88.errors = [{instancePath:instancePath+"/abaRoutingNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate88.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs12 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
if(valid0){
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.programType === undefined) && (missing1 = "programType")){
validate88.errors = [{instancePath,schemaPath:"#/allOf/3/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.programType !== undefined){
let data4 = data.programType;
if(typeof data4 !== "string"){
validate88.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data4 === "debit") || (data4 === "credit")) || (data4 === "vAccountOnly"))){
validate88.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate88.errors = [{instancePath,schemaPath:"#/allOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
}
}
validate88.errors = vErrors;
return errors === 0;
}


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-reissue.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate87.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate87.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
const _errs3 = errors;
if(!(validate88(data1, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.transId === undefined) && (missing1 = "transId")){
validate87.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.newCardReferenceId !== undefined){
if(typeof data1.newCardReferenceId !== "string"){
validate87.errors = [{instancePath:instancePath+"/data/newCardReferenceId",schemaPath:"#/properties/data/allOf/1/properties/newCardReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate87.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data3 = data.requestId;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate87.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate87.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate87.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate87.errors = vErrors;
return errors === 0;
}

exports["ibis-card-list.request"] = validate92;
const schema169 = {"$comment":"request of POST /ibis/card/list","type":"object","required":["customerId"],"properties":{"customerId":{"$ref":"common#/definitions/id"}},"$id":"ibis-card-list.request"};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-list.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.customerId === undefined) && (missing0 = "customerId")){
validate92.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.customerId !== undefined){
let data0 = data.customerId;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate92.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate92.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate92.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate92.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate92.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate92.errors = vErrors;
return errors === 0;
}

exports["ibis-card-list.response"] = validate93;
const schema171 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"type":"array","items":{"allOf":[{"$ref":"ibisResponse#/definitions/cardIdentity"}],"if":{"type":"object","required":["cFiStatus"],"properties":{"cFiStatus":{"const":"Error"}}},"then":{"type":"object","required":["error"],"properties":{"error":{"type":"object"}}},"else":{"$ref":"ibisResponse#/definitions/cardBackOffice"}}},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-card-list.response"};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.cFiCardId === undefined) && (missing0 = "cFiCardId")) || ((data.cFiStatus === undefined) && (missing0 = "cFiStatus"))) || ((data.customerId === undefined) && (missing0 = "customerId"))) || ((data.cFiAggregatorId === undefined) && (missing0 = "cFiAggregatorId"))) || ((data.reference === undefined) && (missing0 = "reference"))) || ((data.memberNumber === undefined) && (missing0 = "memberNumber"))) || ((data.cardProgramId === undefined) && (missing0 = "cardProgramId"))) || ((data.dtsCreatedAt === undefined) && (missing0 = "dtsCreatedAt"))){
validate94.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.cFiCardId !== undefined){
let data0 = data.cFiCardId;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate94.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate94.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate94.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate94.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiPrimaryCardId !== undefined){
let data1 = data.cFiPrimaryCardId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func2(data1) > 36){
validate94.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate94.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate94.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate94.errors = [{instancePath:instancePath+"/cFiPrimaryCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiStatus !== undefined){
let data2 = data.cFiStatus;
const _errs7 = errors;
if(typeof data2 !== "string"){
validate94.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data2 === "Initiated") || (data2 === "Complete")) || (data2 === "Error"))){
validate94.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.customerId !== undefined){
let data3 = data.customerId;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func2(data3) > 36){
validate94.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data3) < 1){
validate94.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data3)){
validate94.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate94.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiAggregatorId !== undefined){
const _errs13 = errors;
if(typeof data.cFiAggregatorId !== "string"){
validate94.errors = [{instancePath:instancePath+"/cFiAggregatorId",schemaPath:"#/properties/cFiAggregatorId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reference !== undefined){
const _errs15 = errors;
if(typeof data.reference !== "string"){
validate94.errors = [{instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memberNumber !== undefined){
const _errs17 = errors;
if(typeof data.memberNumber !== "string"){
validate94.errors = [{instancePath:instancePath+"/memberNumber",schemaPath:"#/properties/memberNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardProgramId !== undefined){
const _errs19 = errors;
if(typeof data.cardProgramId !== "string"){
validate94.errors = [{instancePath:instancePath+"/cardProgramId",schemaPath:"#/properties/cardProgramId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.programType !== undefined){
let data8 = data.programType;
const _errs21 = errors;
if(typeof data8 !== "string"){
validate94.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data8 === "debit") || (data8 === "credit")) || (data8 === "vAccountOnly"))){
validate94.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boReferenceId !== undefined){
const _errs24 = errors;
if(typeof data.boReferenceId !== "string"){
validate94.errors = [{instancePath:instancePath+"/boReferenceId",schemaPath:"#/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boCustomerId !== undefined){
const _errs26 = errors;
if(typeof data.boCustomerId !== "string"){
validate94.errors = [{instancePath:instancePath+"/boCustomerId",schemaPath:"#/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.vAccountNumber !== undefined){
const _errs28 = errors;
if(typeof data.vAccountNumber !== "string"){
validate94.errors = [{instancePath:instancePath+"/vAccountNumber",schemaPath:"#/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.abaRoutingNumber !== undefined){
const _errs30 = errors;
if(typeof data.abaRoutingNumber !== "string"){
validate94.errors = [{instancePath:instancePath+"/abaRoutingNumber",schemaPath:"#/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dtsCreatedAt !== undefined){
let data13 = data.dtsCreatedAt;
const _errs32 = errors;
const _errs33 = errors;
if(errors === _errs33){
if(errors === _errs33){
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
validate94.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate94.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardProgramName !== undefined){
const _errs35 = errors;
if(typeof data.cardProgramName !== "string"){
validate94.errors = [{instancePath:instancePath+"/cardProgramName",schemaPath:"#/properties/cardProgramName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.transId !== undefined){
const _errs37 = errors;
if(typeof data.transId !== "string"){
validate94.errors = [{instancePath:instancePath+"/transId",schemaPath:"#/properties/transId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data16 = data.status;
const _errs39 = errors;
const _errs40 = errors;
if(errors === _errs40){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing1;
if(((data16.code === undefined) && (missing1 = "code")) || ((data16.description === undefined) && (missing1 = "description"))){
validate94.errors = [{instancePath:instancePath+"/status",schemaPath:"ibisResponse#/definitions/cardStatus/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data16.code !== undefined){
let data17 = data16.code;
const _errs43 = errors;
if(typeof data17 !== "string"){
validate94.errors = [{instancePath:instancePath+"/status/code",schemaPath:"ibisResponse#/definitions/cardStatus/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data17 === "A") || (data17 === "B")) || (data17 === "I")) || (data17 === "S")) || (data17 === "F"))){
validate94.errors = [{instancePath:instancePath+"/status/code",schemaPath:"ibisResponse#/definitions/cardStatus/properties/code/enum",keyword:"enum",params:{allowedValues: schema51.properties.code.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid8 = _errs43 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data16.description !== undefined){
const _errs45 = errors;
if(typeof data16.description !== "string"){
validate94.errors = [{instancePath:instancePath+"/status/description",schemaPath:"ibisResponse#/definitions/cardStatus/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs45 === errors;
}
else {
var valid8 = true;
}
}
}
}
else {
validate94.errors = [{instancePath:instancePath+"/status",schemaPath:"ibisResponse#/definitions/cardStatus/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data19 = data.error;
const _errs47 = errors;
if(errors === _errs47){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing2;
if(((data19.code === undefined) && (missing2 = "code")) || ((data19.message === undefined) && (missing2 = "message"))){
validate94.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data19.code !== undefined){
const _errs49 = errors;
if(typeof data19.code !== "string"){
validate94.errors = [{instancePath:instancePath+"/error/code",schemaPath:"#/properties/error/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs49 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data19.message !== undefined){
const _errs51 = errors;
if(typeof data19.message !== "string"){
validate94.errors = [{instancePath:instancePath+"/error/message",schemaPath:"#/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs51 === errors;
}
else {
var valid9 = true;
}
}
}
}
else {
validate94.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate94.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate94.errors = vErrors;
return errors === 0;
}


function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-list.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate93.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate93.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs4 = errors;
const _errs5 = errors;
if(!(validate94(data2, {instancePath:instancePath+"/data/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs6 = errors;
let valid3 = true;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.cFiStatus === undefined) && (missing1 = "cFiStatus")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data2.cFiStatus !== undefined){
if("Error" !== data2.cFiStatus){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs10 = errors;
if(errors === _errs10){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if((data2.error === undefined) && (missing2 = "error")){
validate93.errors = [{instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/then/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.error !== undefined){
let data4 = data2.error;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
validate93.errors = [{instancePath:instancePath+"/data/" + i0+"/error",schemaPath:"#/properties/data/items/then/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
else {
validate93.errors = [{instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/then/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid0 = _errs10 === errors;
valid3 = _valid0;
ifClause0 = "then";
}
else {
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing3;
if(((((data2.boReferenceId === undefined) && (missing3 = "boReferenceId")) || ((data2.boCustomerId === undefined) && (missing3 = "boCustomerId"))) || ((data2.vAccountNumber === undefined) && (missing3 = "vAccountNumber"))) || ((data2.abaRoutingNumber === undefined) && (missing3 = "abaRoutingNumber"))){
validate93.errors = [{instancePath:instancePath+"/data/" + i0,schemaPath:"ibisResponse#/definitions/cardBackOffice/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data2.boReferenceId !== undefined){
const _errs17 = errors;
if(typeof data2.boReferenceId !== "string"){
validate93.errors = [{instancePath:instancePath+"/data/" + i0+"/boReferenceId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs17 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data2.boCustomerId !== undefined){
const _errs19 = errors;
if(typeof data2.boCustomerId !== "string"){
validate93.errors = [{instancePath:instancePath+"/data/" + i0+"/boCustomerId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs19 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data2.vAccountNumber !== undefined){
const _errs21 = errors;
if(typeof data2.vAccountNumber !== "string"){
validate93.errors = [{instancePath:instancePath+"/data/" + i0+"/vAccountNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs21 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data2.abaRoutingNumber !== undefined){
const _errs23 = errors;
if(typeof data2.abaRoutingNumber !== "string"){
validate93.errors = [{instancePath:instancePath+"/data/" + i0+"/abaRoutingNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs23 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
else {
validate93.errors = [{instancePath:instancePath+"/data/" + i0,schemaPath:"ibisResponse#/definitions/cardBackOffice/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid0 = _errs14 === errors;
valid3 = _valid0;
ifClause0 = "else";
}
if(!valid3){
const err3 = {instancePath:instancePath+"/data/" + i0,schemaPath:"#/properties/data/items/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate93.errors = vErrors;
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate93.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data9 = data.requestId;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data9 === "string"){
if(!pattern6.test(data9)){
validate93.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate93.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate93.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate93.errors = vErrors;
return errors === 0;
}

exports["ibis-financial-card-to-card.request"] = validate96;
const schema182 = {"$comment":"request of POST /ibis/financial/card-to-card","type":"object","required":["reference","cardFromId","cardToId","amount","currency"],"properties":{"reference":{"$ref":"common#/definitions/reference"},"cardFromId":{"$ref":"common#/definitions/id"},"cardToId":{"$ref":"common#/definitions/id"},"amount":{"$ref":"common#/definitions/amount"},"currency":{"$ref":"common#/definitions/currency"},"description":{"$ref":"common#/definitions/description60"}},"$id":"ibis-financial-card-to-card.request"};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-financial-card-to-card.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.reference === undefined) && (missing0 = "reference")) || ((data.cardFromId === undefined) && (missing0 = "cardFromId"))) || ((data.cardToId === undefined) && (missing0 = "cardToId"))) || ((data.amount === undefined) && (missing0 = "amount"))) || ((data.currency === undefined) && (missing0 = "currency"))){
validate96.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.reference !== undefined){
let data0 = data.reference;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 32){
validate96.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate96.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern1.test(data0)){
validate96.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate96.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardFromId !== undefined){
let data1 = data.cardFromId;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 36){
validate96.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate96.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate96.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate96.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardToId !== undefined){
let data2 = data.cardToId;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) > 36){
validate96.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate96.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data2)){
validate96.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate96.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.amount !== undefined){
let data3 = data.amount;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 <= 0 || isNaN(data3)){
validate96.errors = [{instancePath:instancePath+"/amount",schemaPath:"common#/definitions/amount/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
else {
if(func46(data3) > 2){
validate96.errors = [{instancePath:instancePath+"/amount",schemaPath:"common#/definitions/amount/amountPrecision",keyword:"amountPrecision",params:{},message:"must pass \"amountPrecision\" keyword validation"}];
return false;
}
}
}
else {
validate96.errors = [{instancePath:instancePath+"/amount",schemaPath:"common#/definitions/amount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
let data4 = data.currency;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(func2(data4) > 3){
validate96.errors = [{instancePath:instancePath+"/currency",schemaPath:"common#/definitions/currency/maxLength",keyword:"maxLength",params:{limit: 3},message:"must NOT have more than 3 characters"}];
return false;
}
else {
if(func2(data4) < 3){
validate96.errors = [{instancePath:instancePath+"/currency",schemaPath:"common#/definitions/currency/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern23.test(data4)){
validate96.errors = [{instancePath:instancePath+"/currency",schemaPath:"common#/definitions/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate96.errors = [{instancePath:instancePath+"/currency",schemaPath:"common#/definitions/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data5 = data.description;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data5 === "string"){
if(func2(data5) > 60){
validate96.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/description60/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters"}];
return false;
}
else {
if(func2(data5) < 1){
validate96.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/description60/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate96.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/description60/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate96.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate96.errors = vErrors;
return errors === 0;
}

exports["ibis-financial-card-to-card.response"] = validate97;
const schema189 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"allOf":[{"$ref":"ibisResponse#/definitions/fundsTransfer"},{"type":"object","required":["cardFromId","cardToId","fromCardBalance","toCardBalance"],"properties":{"type":{"const":"cardToCard"}}}]},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-financial-card-to-card.response"};
const schema190 = {"description":"a funds transfer: the data of card-to-card, funds-credit, funds-debit and reversal, and the items of retrieve","type":"object","required":["reference","cFiFundsId","cFiAggregatorId","type","cFiStatus","boTransId","arn","fee","balance","lastDepositAmount","ledgerBalance","dtsCreatedAt"],"properties":{"reference":{"type":"string"},"cFiFundsId":{"$ref":"common#/definitions/id"},"cFiAggregatorId":{"type":"string"},"type":{"type":"string","enum":["cardToCard","credit","debit"]},"cFiCardId":{"$ref":"common#/definitions/id"},"cardFromId":{"$ref":"common#/definitions/id"},"cardToId":{"$ref":"common#/definitions/id"},"cFiStatus":{"$ref":"ibisResponse#/definitions/cFiStatus"},"boTransId":{"type":"string"},"arn":{"type":"string"},"fee":{"$ref":"ibisResponse#/definitions/money"},"balance":{"$ref":"ibisResponse#/definitions/money"},"lastDepositAmount":{"$ref":"ibisResponse#/definitions/money"},"ledgerBalance":{"$ref":"ibisResponse#/definitions/money"},"dtsCreatedAt":{"$ref":"ibisResponse#/definitions/dateTime"},"fromCardBalance":{"$ref":"ibisResponse#/definitions/moneyString"},"toCardBalance":{"$ref":"ibisResponse#/definitions/moneyString"},"outstandingSettlementBalance":{"$ref":"ibisResponse#/definitions/money"},"cardPrgName":{"type":"string"},"reversal":{"type":"object","required":["cFiStatus","dtsReversalInitiated","arn","responseDesc","boTransId"],"properties":{"cFiStatus":{"$ref":"ibisResponse#/definitions/cFiStatus"},"dtsReversalInitiated":{"$ref":"ibisResponse#/definitions/dateTime"},"arn":{"type":"string"},"responseDesc":{"type":"string"},"boTransId":{"type":"string"}}}}};
const schema201 = {"description":"an amount returned as a string with two decimals (card-to-card balances, transaction history)","type":"string","pattern":"^-?\\d+\\.\\d{2}$"};
const pattern93 = new RegExp("^-?\\d+\\.\\d{2}$", "u");

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((data.reference === undefined) && (missing0 = "reference")) || ((data.cFiFundsId === undefined) && (missing0 = "cFiFundsId"))) || ((data.cFiAggregatorId === undefined) && (missing0 = "cFiAggregatorId"))) || ((data.type === undefined) && (missing0 = "type"))) || ((data.cFiStatus === undefined) && (missing0 = "cFiStatus"))) || ((data.boTransId === undefined) && (missing0 = "boTransId"))) || ((data.arn === undefined) && (missing0 = "arn"))) || ((data.fee === undefined) && (missing0 = "fee"))) || ((data.balance === undefined) && (missing0 = "balance"))) || ((data.lastDepositAmount === undefined) && (missing0 = "lastDepositAmount"))) || ((data.ledgerBalance === undefined) && (missing0 = "ledgerBalance"))) || ((data.dtsCreatedAt === undefined) && (missing0 = "dtsCreatedAt"))){
validate98.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.reference !== undefined){
const _errs1 = errors;
if(typeof data.reference !== "string"){
validate98.errors = [{instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiFundsId !== undefined){
let data1 = data.cFiFundsId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 36){
validate98.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate98.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate98.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate98.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiAggregatorId !== undefined){
const _errs6 = errors;
if(typeof data.cFiAggregatorId !== "string"){
validate98.errors = [{instancePath:instancePath+"/cFiAggregatorId",schemaPath:"#/properties/cFiAggregatorId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data3 = data.type;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate98.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data3 === "cardToCard") || (data3 === "credit")) || (data3 === "debit"))){
validate98.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema190.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiCardId !== undefined){
let data4 = data.cFiCardId;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func2(data4) > 36){
validate98.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data4) < 1){
validate98.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data4)){
validate98.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate98.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardFromId !== undefined){
let data5 = data.cardFromId;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(func2(data5) > 36){
validate98.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data5) < 1){
validate98.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data5)){
validate98.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate98.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardToId !== undefined){
let data6 = data.cardToId;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data6 === "string"){
if(func2(data6) > 36){
validate98.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data6) < 1){
validate98.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data6)){
validate98.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate98.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiStatus !== undefined){
let data7 = data.cFiStatus;
const _errs19 = errors;
if(typeof data7 !== "string"){
validate98.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data7 === "Initiated") || (data7 === "Complete")) || (data7 === "Error"))){
validate98.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boTransId !== undefined){
const _errs22 = errors;
if(typeof data.boTransId !== "string"){
validate98.errors = [{instancePath:instancePath+"/boTransId",schemaPath:"#/properties/boTransId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arn !== undefined){
const _errs24 = errors;
if(typeof data.arn !== "string"){
validate98.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fee !== undefined){
let data10 = data.fee;
const _errs26 = errors;
if(!((typeof data10 == "number") && (isFinite(data10)))){
validate98.errors = [{instancePath:instancePath+"/fee",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.balance !== undefined){
let data11 = data.balance;
const _errs29 = errors;
if(!((typeof data11 == "number") && (isFinite(data11)))){
validate98.errors = [{instancePath:instancePath+"/balance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastDepositAmount !== undefined){
let data12 = data.lastDepositAmount;
const _errs32 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
validate98.errors = [{instancePath:instancePath+"/lastDepositAmount",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledgerBalance !== undefined){
let data13 = data.ledgerBalance;
const _errs35 = errors;
if(!((typeof data13 == "number") && (isFinite(data13)))){
validate98.errors = [{instancePath:instancePath+"/ledgerBalance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dtsCreatedAt !== undefined){
let data14 = data.dtsCreatedAt;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(errors === _errs39){
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
validate98.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate98.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fromCardBalance !== undefined){
let data15 = data.fromCardBalance;
const _errs41 = errors;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data15 === "string"){
if(!pattern93.test(data15)){
validate98.errors = [{instancePath:instancePath+"/fromCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate98.errors = [{instancePath:instancePath+"/fromCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.toCardBalance !== undefined){
let data16 = data.toCardBalance;
const _errs44 = errors;
const _errs45 = errors;
if(errors === _errs45){
if(typeof data16 === "string"){
if(!pattern93.test(data16)){
validate98.errors = [{instancePath:instancePath+"/toCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate98.errors = [{instancePath:instancePath+"/toCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outstandingSettlementBalance !== undefined){
let data17 = data.outstandingSettlementBalance;
const _errs47 = errors;
if(!((typeof data17 == "number") && (isFinite(data17)))){
validate98.errors = [{instancePath:instancePath+"/outstandingSettlementBalance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardPrgName !== undefined){
const _errs50 = errors;
if(typeof data.cardPrgName !== "string"){
validate98.errors = [{instancePath:instancePath+"/cardPrgName",schemaPath:"#/properties/cardPrgName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reversal !== undefined){
let data19 = data.reversal;
const _errs52 = errors;
if(errors === _errs52){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing1;
if((((((data19.cFiStatus === undefined) && (missing1 = "cFiStatus")) || ((data19.dtsReversalInitiated === undefined) && (missing1 = "dtsReversalInitiated"))) || ((data19.arn === undefined) && (missing1 = "arn"))) || ((data19.responseDesc === undefined) && (missing1 = "responseDesc"))) || ((data19.boTransId === undefined) && (missing1 = "boTransId"))){
validate98.errors = [{instancePath:instancePath+"/reversal",schemaPath:"#/properties/reversal/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data19.cFiStatus !== undefined){
let data20 = data19.cFiStatus;
const _errs54 = errors;
if(typeof data20 !== "string"){
validate98.errors = [{instancePath:instancePath+"/reversal/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data20 === "Initiated") || (data20 === "Complete")) || (data20 === "Error"))){
validate98.errors = [{instancePath:instancePath+"/reversal/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid14 = _errs54 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.dtsReversalInitiated !== undefined){
let data21 = data19.dtsReversalInitiated;
const _errs57 = errors;
const _errs58 = errors;
if(errors === _errs58){
if(errors === _errs58){
if(typeof data21 === "string"){
if(!(formats0.validate(data21))){
validate98.errors = [{instancePath:instancePath+"/reversal/dtsReversalInitiated",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate98.errors = [{instancePath:instancePath+"/reversal/dtsReversalInitiated",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid14 = _errs57 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.arn !== undefined){
const _errs60 = errors;
if(typeof data19.arn !== "string"){
validate98.errors = [{instancePath:instancePath+"/reversal/arn",schemaPath:"#/properties/reversal/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs60 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.responseDesc !== undefined){
const _errs62 = errors;
if(typeof data19.responseDesc !== "string"){
validate98.errors = [{instancePath:instancePath+"/reversal/responseDesc",schemaPath:"#/properties/reversal/properties/responseDesc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs62 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.boTransId !== undefined){
const _errs64 = errors;
if(typeof data19.boTransId !== "string"){
validate98.errors = [{instancePath:instancePath+"/reversal/boTransId",schemaPath:"#/properties/reversal/properties/boTransId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs64 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
else {
validate98.errors = [{instancePath:instancePath+"/reversal",schemaPath:"#/properties/reversal/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate98.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate98.errors = vErrors;
return errors === 0;
}


function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-financial-card-to-card.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate97.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate97.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
const _errs3 = errors;
if(!(validate98(data1, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((((data1.cardFromId === undefined) && (missing1 = "cardFromId")) || ((data1.cardToId === undefined) && (missing1 = "cardToId"))) || ((data1.fromCardBalance === undefined) && (missing1 = "fromCardBalance"))) || ((data1.toCardBalance === undefined) && (missing1 = "toCardBalance"))){
validate97.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.type !== undefined){
if("cardToCard" !== data1.type){
validate97.errors = [{instancePath:instancePath+"/data/type",schemaPath:"#/properties/data/allOf/1/properties/type/const",keyword:"const",params:{allowedValue: "cardToCard"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate97.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data3 = data.requestId;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate97.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate97.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate97.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate97.errors = vErrors;
return errors === 0;
}

exports["ibis-financial-funds-credit.request"] = validate100;
const schema207 = {"$comment":"request of POST /ibis/financial/funds-credit","type":"object","required":["cFiCardId","reference","amount","currency"],"properties":{"cFiCardId":{"$ref":"common#/definitions/id"},"reference":{"$ref":"common#/definitions/reference"},"amount":{"$ref":"common#/definitions/amount"},"currency":{"$ref":"common#/definitions/currency"},"description":{"$ref":"common#/definitions/description60"}},"$id":"ibis-financial-funds-credit.request"};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-financial-funds-credit.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.cFiCardId === undefined) && (missing0 = "cFiCardId")) || ((data.reference === undefined) && (missing0 = "reference"))) || ((data.amount === undefined) && (missing0 = "amount"))) || ((data.currency === undefined) && (missing0 = "currency"))){
validate100.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.cFiCardId !== undefined){
let data0 = data.cFiCardId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate100.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate100.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate100.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate100.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reference !== undefined){
let data1 = data.reference;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 32){
validate100.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate100.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern1.test(data1)){
validate100.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate100.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.amount !== undefined){
let data2 = data.amount;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 <= 0 || isNaN(data2)){
validate100.errors = [{instancePath:instancePath+"/amount",schemaPath:"common#/definitions/amount/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
else {
if(func46(data2) > 2){
validate100.errors = [{instancePath:instancePath+"/amount",schemaPath:"common#/definitions/amount/amountPrecision",keyword:"amountPrecision",params:{},message:"must pass \"amountPrecision\" keyword validation"}];
return false;
}
}
}
else {
validate100.errors = [{instancePath:instancePath+"/amount",schemaPath:"common#/definitions/amount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
let data3 = data.currency;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(func2(data3) > 3){
validate100.errors = [{instancePath:instancePath+"/currency",schemaPath:"common#/definitions/currency/maxLength",keyword:"maxLength",params:{limit: 3},message:"must NOT have more than 3 characters"}];
return false;
}
else {
if(func2(data3) < 3){
validate100.errors = [{instancePath:instancePath+"/currency",schemaPath:"common#/definitions/currency/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern23.test(data3)){
validate100.errors = [{instancePath:instancePath+"/currency",schemaPath:"common#/definitions/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate100.errors = [{instancePath:instancePath+"/currency",schemaPath:"common#/definitions/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data4 = data.description;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data4 === "string"){
if(func2(data4) > 60){
validate100.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/description60/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters"}];
return false;
}
else {
if(func2(data4) < 1){
validate100.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/description60/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate100.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/description60/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate100.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate100.errors = vErrors;
return errors === 0;
}

exports["ibis-financial-funds-credit.response"] = validate101;
const schema213 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"allOf":[{"$ref":"ibisResponse#/definitions/fundsTransfer"},{"type":"object","required":["cFiCardId"],"properties":{"type":{"const":"credit"}}}]},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-financial-funds-credit.response"};

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((data.reference === undefined) && (missing0 = "reference")) || ((data.cFiFundsId === undefined) && (missing0 = "cFiFundsId"))) || ((data.cFiAggregatorId === undefined) && (missing0 = "cFiAggregatorId"))) || ((data.type === undefined) && (missing0 = "type"))) || ((data.cFiStatus === undefined) && (missing0 = "cFiStatus"))) || ((data.boTransId === undefined) && (missing0 = "boTransId"))) || ((data.arn === undefined) && (missing0 = "arn"))) || ((data.fee === undefined) && (missing0 = "fee"))) || ((data.balance === undefined) && (missing0 = "balance"))) || ((data.lastDepositAmount === undefined) && (missing0 = "lastDepositAmount"))) || ((data.ledgerBalance === undefined) && (missing0 = "ledgerBalance"))) || ((data.dtsCreatedAt === undefined) && (missing0 = "dtsCreatedAt"))){
validate102.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.reference !== undefined){
const _errs1 = errors;
if(typeof data.reference !== "string"){
validate102.errors = [{instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiFundsId !== undefined){
let data1 = data.cFiFundsId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 36){
validate102.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate102.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate102.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate102.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiAggregatorId !== undefined){
const _errs6 = errors;
if(typeof data.cFiAggregatorId !== "string"){
validate102.errors = [{instancePath:instancePath+"/cFiAggregatorId",schemaPath:"#/properties/cFiAggregatorId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data3 = data.type;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate102.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data3 === "cardToCard") || (data3 === "credit")) || (data3 === "debit"))){
validate102.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema190.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiCardId !== undefined){
let data4 = data.cFiCardId;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func2(data4) > 36){
validate102.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data4) < 1){
validate102.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data4)){
validate102.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate102.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardFromId !== undefined){
let data5 = data.cardFromId;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(func2(data5) > 36){
validate102.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data5) < 1){
validate102.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data5)){
validate102.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate102.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardToId !== undefined){
let data6 = data.cardToId;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data6 === "string"){
if(func2(data6) > 36){
validate102.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data6) < 1){
validate102.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data6)){
validate102.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate102.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiStatus !== undefined){
let data7 = data.cFiStatus;
const _errs19 = errors;
if(typeof data7 !== "string"){
validate102.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data7 === "Initiated") || (data7 === "Complete")) || (data7 === "Error"))){
validate102.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boTransId !== undefined){
const _errs22 = errors;
if(typeof data.boTransId !== "string"){
validate102.errors = [{instancePath:instancePath+"/boTransId",schemaPath:"#/properties/boTransId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arn !== undefined){
const _errs24 = errors;
if(typeof data.arn !== "string"){
validate102.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fee !== undefined){
let data10 = data.fee;
const _errs26 = errors;
if(!((typeof data10 == "number") && (isFinite(data10)))){
validate102.errors = [{instancePath:instancePath+"/fee",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.balance !== undefined){
let data11 = data.balance;
const _errs29 = errors;
if(!((typeof data11 == "number") && (isFinite(data11)))){
validate102.errors = [{instancePath:instancePath+"/balance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastDepositAmount !== undefined){
let data12 = data.lastDepositAmount;
const _errs32 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
validate102.errors = [{instancePath:instancePath+"/lastDepositAmount",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledgerBalance !== undefined){
let data13 = data.ledgerBalance;
const _errs35 = errors;
if(!((typeof data13 == "number") && (isFinite(data13)))){
validate102.errors = [{instancePath:instancePath+"/ledgerBalance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dtsCreatedAt !== undefined){
let data14 = data.dtsCreatedAt;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(errors === _errs39){
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
validate102.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate102.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fromCardBalance !== undefined){
let data15 = data.fromCardBalance;
const _errs41 = errors;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data15 === "string"){
if(!pattern93.test(data15)){
validate102.errors = [{instancePath:instancePath+"/fromCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate102.errors = [{instancePath:instancePath+"/fromCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.toCardBalance !== undefined){
let data16 = data.toCardBalance;
const _errs44 = errors;
const _errs45 = errors;
if(errors === _errs45){
if(typeof data16 === "string"){
if(!pattern93.test(data16)){
validate102.errors = [{instancePath:instancePath+"/toCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate102.errors = [{instancePath:instancePath+"/toCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outstandingSettlementBalance !== undefined){
let data17 = data.outstandingSettlementBalance;
const _errs47 = errors;
if(!((typeof data17 == "number") && (isFinite(data17)))){
validate102.errors = [{instancePath:instancePath+"/outstandingSettlementBalance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardPrgName !== undefined){
const _errs50 = errors;
if(typeof data.cardPrgName !== "string"){
validate102.errors = [{instancePath:instancePath+"/cardPrgName",schemaPath:"#/properties/cardPrgName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reversal !== undefined){
let data19 = data.reversal;
const _errs52 = errors;
if(errors === _errs52){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing1;
if((((((data19.cFiStatus === undefined) && (missing1 = "cFiStatus")) || ((data19.dtsReversalInitiated === undefined) && (missing1 = "dtsReversalInitiated"))) || ((data19.arn === undefined) && (missing1 = "arn"))) || ((data19.responseDesc === undefined) && (missing1 = "responseDesc"))) || ((data19.boTransId === undefined) && (missing1 = "boTransId"))){
validate102.errors = [{instancePath:instancePath+"/reversal",schemaPath:"#/properties/reversal/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data19.cFiStatus !== undefined){
let data20 = data19.cFiStatus;
const _errs54 = errors;
if(typeof data20 !== "string"){
validate102.errors = [{instancePath:instancePath+"/reversal/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data20 === "Initiated") || (data20 === "Complete")) || (data20 === "Error"))){
validate102.errors = [{instancePath:instancePath+"/reversal/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid14 = _errs54 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.dtsReversalInitiated !== undefined){
let data21 = data19.dtsReversalInitiated;
const _errs57 = errors;
const _errs58 = errors;
if(errors === _errs58){
if(errors === _errs58){
if(typeof data21 === "string"){
if(!(formats0.validate(data21))){
validate102.errors = [{instancePath:instancePath+"/reversal/dtsReversalInitiated",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate102.errors = [{instancePath:instancePath+"/reversal/dtsReversalInitiated",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid14 = _errs57 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.arn !== undefined){
const _errs60 = errors;
if(typeof data19.arn !== "string"){
validate102.errors = [{instancePath:instancePath+"/reversal/arn",schemaPath:"#/properties/reversal/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs60 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.responseDesc !== undefined){
const _errs62 = errors;
if(typeof data19.responseDesc !== "string"){
validate102.errors = [{instancePath:instancePath+"/reversal/responseDesc",schemaPath:"#/properties/reversal/properties/responseDesc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs62 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.boTransId !== undefined){
const _errs64 = errors;
if(typeof data19.boTransId !== "string"){
validate102.errors = [{instancePath:instancePath+"/reversal/boTransId",schemaPath:"#/properties/reversal/properties/boTransId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs64 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
else {
validate102.errors = [{instancePath:instancePath+"/reversal",schemaPath:"#/properties/reversal/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate102.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate102.errors = vErrors;
return errors === 0;
}


function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-financial-funds-credit.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate101.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate101.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
const _errs3 = errors;
if(!(validate102(data1, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.cFiCardId === undefined) && (missing1 = "cFiCardId")){
validate101.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.type !== undefined){
if("credit" !== data1.type){
validate101.errors = [{instancePath:instancePath+"/data/type",schemaPath:"#/properties/data/allOf/1/properties/type/const",keyword:"const",params:{allowedValue: "credit"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate101.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data3 = data.requestId;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate101.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate101.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate101.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate101.errors = vErrors;
return errors === 0;
}

exports["ibis-financial-funds-debit.request"] = validate104;
const schema231 = {"$comment":"request of POST /ibis/financial/funds-debit","type":"object","required":["cFiCardId","reference","amount","currency"],"properties":{"cFiCardId":{"$ref":"common#/definitions/id"},"reference":{"$ref":"common#/definitions/reference"},"amount":{"$ref":"common#/definitions/amount"},"currency":{"$ref":"common#/definitions/currency"},"description":{"$ref":"common#/definitions/description60"}},"$id":"ibis-financial-funds-debit.request"};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-financial-funds-debit.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.cFiCardId === undefined) && (missing0 = "cFiCardId")) || ((data.reference === undefined) && (missing0 = "reference"))) || ((data.amount === undefined) && (missing0 = "amount"))) || ((data.currency === undefined) && (missing0 = "currency"))){
validate104.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.cFiCardId !== undefined){
let data0 = data.cFiCardId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate104.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate104.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate104.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate104.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reference !== undefined){
let data1 = data.reference;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 32){
validate104.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate104.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern1.test(data1)){
validate104.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate104.errors = [{instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.amount !== undefined){
let data2 = data.amount;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 <= 0 || isNaN(data2)){
validate104.errors = [{instancePath:instancePath+"/amount",schemaPath:"common#/definitions/amount/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
else {
if(func46(data2) > 2){
validate104.errors = [{instancePath:instancePath+"/amount",schemaPath:"common#/definitions/amount/amountPrecision",keyword:"amountPrecision",params:{},message:"must pass \"amountPrecision\" keyword validation"}];
return false;
}
}
}
else {
validate104.errors = [{instancePath:instancePath+"/amount",schemaPath:"common#/definitions/amount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
let data3 = data.currency;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(func2(data3) > 3){
validate104.errors = [{instancePath:instancePath+"/currency",schemaPath:"common#/definitions/currency/maxLength",keyword:"maxLength",params:{limit: 3},message:"must NOT have more than 3 characters"}];
return false;
}
else {
if(func2(data3) < 3){
validate104.errors = [{instancePath:instancePath+"/currency",schemaPath:"common#/definitions/currency/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
else {
if(!pattern23.test(data3)){
validate104.errors = [{instancePath:instancePath+"/currency",schemaPath:"common#/definitions/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""}];
return false;
}
}
}
}
else {
validate104.errors = [{instancePath:instancePath+"/currency",schemaPath:"common#/definitions/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data4 = data.description;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data4 === "string"){
if(func2(data4) > 60){
validate104.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/description60/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters"}];
return false;
}
else {
if(func2(data4) < 1){
validate104.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/description60/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate104.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/description60/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate104.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate104.errors = vErrors;
return errors === 0;
}

exports["ibis-financial-funds-debit.response"] = validate105;
const schema237 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"allOf":[{"$ref":"ibisResponse#/definitions/fundsTransfer"},{"type":"object","required":["cFiCardId"],"properties":{"type":{"const":"debit"}}}]},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-financial-funds-debit.response"};

function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((data.reference === undefined) && (missing0 = "reference")) || ((data.cFiFundsId === undefined) && (missing0 = "cFiFundsId"))) || ((data.cFiAggregatorId === undefined) && (missing0 = "cFiAggregatorId"))) || ((data.type === undefined) && (missing0 = "type"))) || ((data.cFiStatus === undefined) && (missing0 = "cFiStatus"))) || ((data.boTransId === undefined) && (missing0 = "boTransId"))) || ((data.arn === undefined) && (missing0 = "arn"))) || ((data.fee === undefined) && (missing0 = "fee"))) || ((data.balance === undefined) && (missing0 = "balance"))) || ((data.lastDepositAmount === undefined) && (missing0 = "lastDepositAmount"))) || ((data.ledgerBalance === undefined) && (missing0 = "ledgerBalance"))) || ((data.dtsCreatedAt === undefined) && (missing0 = "dtsCreatedAt"))){
validate106.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.reference !== undefined){
const _errs1 = errors;
if(typeof data.reference !== "string"){
validate106.errors = [{instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiFundsId !== undefined){
let data1 = data.cFiFundsId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 36){
validate106.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate106.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate106.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate106.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiAggregatorId !== undefined){
const _errs6 = errors;
if(typeof data.cFiAggregatorId !== "string"){
validate106.errors = [{instancePath:instancePath+"/cFiAggregatorId",schemaPath:"#/properties/cFiAggregatorId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data3 = data.type;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate106.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data3 === "cardToCard") || (data3 === "credit")) || (data3 === "debit"))){
validate106.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema190.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiCardId !== undefined){
let data4 = data.cFiCardId;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func2(data4) > 36){
validate106.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data4) < 1){
validate106.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data4)){
validate106.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate106.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardFromId !== undefined){
let data5 = data.cardFromId;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(func2(data5) > 36){
validate106.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data5) < 1){
validate106.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data5)){
validate106.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate106.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardToId !== undefined){
let data6 = data.cardToId;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data6 === "string"){
if(func2(data6) > 36){
validate106.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data6) < 1){
validate106.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data6)){
validate106.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate106.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiStatus !== undefined){
let data7 = data.cFiStatus;
const _errs19 = errors;
if(typeof data7 !== "string"){
validate106.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data7 === "Initiated") || (data7 === "Complete")) || (data7 === "Error"))){
validate106.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boTransId !== undefined){
const _errs22 = errors;
if(typeof data.boTransId !== "string"){
validate106.errors = [{instancePath:instancePath+"/boTransId",schemaPath:"#/properties/boTransId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arn !== undefined){
const _errs24 = errors;
if(typeof data.arn !== "string"){
validate106.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fee !== undefined){
let data10 = data.fee;
const _errs26 = errors;
if(!((typeof data10 == "number") && (isFinite(data10)))){
validate106.errors = [{instancePath:instancePath+"/fee",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.balance !== undefined){
let data11 = data.balance;
const _errs29 = errors;
if(!((typeof data11 == "number") && (isFinite(data11)))){
validate106.errors = [{instancePath:instancePath+"/balance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastDepositAmount !== undefined){
let data12 = data.lastDepositAmount;
const _errs32 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
validate106.errors = [{instancePath:instancePath+"/lastDepositAmount",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledgerBalance !== undefined){
let data13 = data.ledgerBalance;
const _errs35 = errors;
if(!((typeof data13 == "number") && (isFinite(data13)))){
validate106.errors = [{instancePath:instancePath+"/ledgerBalance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dtsCreatedAt !== undefined){
let data14 = data.dtsCreatedAt;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(errors === _errs39){
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
validate106.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate106.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fromCardBalance !== undefined){
let data15 = data.fromCardBalance;
const _errs41 = errors;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data15 === "string"){
if(!pattern93.test(data15)){
validate106.errors = [{instancePath:instancePath+"/fromCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate106.errors = [{instancePath:instancePath+"/fromCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.toCardBalance !== undefined){
let data16 = data.toCardBalance;
const _errs44 = errors;
const _errs45 = errors;
if(errors === _errs45){
if(typeof data16 === "string"){
if(!pattern93.test(data16)){
validate106.errors = [{instancePath:instancePath+"/toCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate106.errors = [{instancePath:instancePath+"/toCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outstandingSettlementBalance !== undefined){
let data17 = data.outstandingSettlementBalance;
const _errs47 = errors;
if(!((typeof data17 == "number") && (isFinite(data17)))){
validate106.errors = [{instancePath:instancePath+"/outstandingSettlementBalance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardPrgName !== undefined){
const _errs50 = errors;
if(typeof data.cardPrgName !== "string"){
validate106.errors = [{instancePath:instancePath+"/cardPrgName",schemaPath:"#/properties/cardPrgName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reversal !== undefined){
let data19 = data.reversal;
const _errs52 = errors;
if(errors === _errs52){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing1;
if((((((data19.cFiStatus === undefined) && (missing1 = "cFiStatus")) || ((data19.dtsReversalInitiated === undefined) && (missing1 = "dtsReversalInitiated"))) || ((data19.arn === undefined) && (missing1 = "arn"))) || ((data19.responseDesc === undefined) && (missing1 = "responseDesc"))) || ((data19.boTransId === undefined) && (missing1 = "boTransId"))){
validate106.errors = [{instancePath:instancePath+"/reversal",schemaPath:"#/properties/reversal/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data19.cFiStatus !== undefined){
let data20 = data19.cFiStatus;
const _errs54 = errors;
if(typeof data20 !== "string"){
validate106.errors = [{instancePath:instancePath+"/reversal/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data20 === "Initiated") || (data20 === "Complete")) || (data20 === "Error"))){
validate106.errors = [{instancePath:instancePath+"/reversal/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid14 = _errs54 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.dtsReversalInitiated !== undefined){
let data21 = data19.dtsReversalInitiated;
const _errs57 = errors;
const _errs58 = errors;
if(errors === _errs58){
if(errors === _errs58){
if(typeof data21 === "string"){
if(!(formats0.validate(data21))){
validate106.errors = [{instancePath:instancePath+"/reversal/dtsReversalInitiated",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate106.errors = [{instancePath:instancePath+"/reversal/dtsReversalInitiated",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid14 = _errs57 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.arn !== undefined){
const _errs60 = errors;
if(typeof data19.arn !== "string"){
validate106.errors = [{instancePath:instancePath+"/reversal/arn",schemaPath:"#/properties/reversal/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs60 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.responseDesc !== undefined){
const _errs62 = errors;
if(typeof data19.responseDesc !== "string"){
validate106.errors = [{instancePath:instancePath+"/reversal/responseDesc",schemaPath:"#/properties/reversal/properties/responseDesc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs62 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.boTransId !== undefined){
const _errs64 = errors;
if(typeof data19.boTransId !== "string"){
validate106.errors = [{instancePath:instancePath+"/reversal/boTransId",schemaPath:"#/properties/reversal/properties/boTransId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs64 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
else {
validate106.errors = [{instancePath:instancePath+"/reversal",schemaPath:"#/properties/reversal/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate106.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate106.errors = vErrors;
return errors === 0;
}


function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-financial-funds-debit.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate105.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate105.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
const _errs3 = errors;
if(!(validate106(data1, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.cFiCardId === undefined) && (missing1 = "cFiCardId")){
validate105.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.type !== undefined){
if("debit" !== data1.type){
validate105.errors = [{instancePath:instancePath+"/data/type",schemaPath:"#/properties/data/allOf/1/properties/type/const",keyword:"const",params:{allowedValue: "debit"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate105.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data3 = data.requestId;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate105.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate105.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate105.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate105.errors = vErrors;
return errors === 0;
}

exports["ibis-financial-reversal.request"] = validate108;
const schema255 = {"$comment":"request of POST /ibis/financial/reversal","type":"object","required":["cFiFundsId"],"properties":{"cFiFundsId":{"$ref":"common#/definitions/id"},"amount":{"type":"number","exclusiveMinimum":0,"nullable":true},"description":{"$ref":"common#/definitions/commonStr50"}},"$id":"ibis-financial-reversal.request"};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-financial-reversal.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.cFiFundsId === undefined) && (missing0 = "cFiFundsId")){
validate108.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.cFiFundsId !== undefined){
let data0 = data.cFiFundsId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate108.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate108.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate108.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate108.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.amount !== undefined){
let data1 = data.amount;
const _errs5 = errors;
if((!((typeof data1 == "number") && (isFinite(data1)))) && (data1 !== null)){
validate108.errors = [{instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 <= 0 || isNaN(data1)){
validate108.errors = [{instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data2 = data.description;
const _errs8 = errors;
const _errs9 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate108.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/commonStr50/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) > 50){
validate108.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/commonStr50/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data2) < 0){
validate108.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/commonStr50/minLength",keyword:"minLength",params:{limit: 0},message:"must NOT have fewer than 0 characters"}];
return false;
}
else {
if(!pattern3.test(data2)){
validate108.errors = [{instancePath:instancePath+"/description",schemaPath:"common#/definitions/commonStr50/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate108.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate108.errors = vErrors;
return errors === 0;
}

exports["ibis-financial-reversal.response"] = validate109;
const schema258 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"allOf":[{"$ref":"ibisResponse#/definitions/fundsTransfer"},{"type":"object","required":["reversal"],"properties":{"type":{"const":"cardToCard"}}}]},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-financial-reversal.response"};

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((data.reference === undefined) && (missing0 = "reference")) || ((data.cFiFundsId === undefined) && (missing0 = "cFiFundsId"))) || ((data.cFiAggregatorId === undefined) && (missing0 = "cFiAggregatorId"))) || ((data.type === undefined) && (missing0 = "type"))) || ((data.cFiStatus === undefined) && (missing0 = "cFiStatus"))) || ((data.boTransId === undefined) && (missing0 = "boTransId"))) || ((data.arn === undefined) && (missing0 = "arn"))) || ((data.fee === undefined) && (missing0 = "fee"))) || ((data.balance === undefined) && (missing0 = "balance"))) || ((data.lastDepositAmount === undefined) && (missing0 = "lastDepositAmount"))) || ((data.ledgerBalance === undefined) && (missing0 = "ledgerBalance"))) || ((data.dtsCreatedAt === undefined) && (missing0 = "dtsCreatedAt"))){
validate110.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.reference !== undefined){
const _errs1 = errors;
if(typeof data.reference !== "string"){
validate110.errors = [{instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiFundsId !== undefined){
let data1 = data.cFiFundsId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 36){
validate110.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate110.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate110.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate110.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiAggregatorId !== undefined){
const _errs6 = errors;
if(typeof data.cFiAggregatorId !== "string"){
validate110.errors = [{instancePath:instancePath+"/cFiAggregatorId",schemaPath:"#/properties/cFiAggregatorId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data3 = data.type;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate110.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data3 === "cardToCard") || (data3 === "credit")) || (data3 === "debit"))){
validate110.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema190.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiCardId !== undefined){
let data4 = data.cFiCardId;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func2(data4) > 36){
validate110.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data4) < 1){
validate110.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data4)){
validate110.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate110.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardFromId !== undefined){
let data5 = data.cardFromId;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(func2(data5) > 36){
validate110.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data5) < 1){
validate110.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data5)){
validate110.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate110.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardToId !== undefined){
let data6 = data.cardToId;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data6 === "string"){
if(func2(data6) > 36){
validate110.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data6) < 1){
validate110.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data6)){
validate110.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate110.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiStatus !== undefined){
let data7 = data.cFiStatus;
const _errs19 = errors;
if(typeof data7 !== "string"){
validate110.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data7 === "Initiated") || (data7 === "Complete")) || (data7 === "Error"))){
validate110.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boTransId !== undefined){
const _errs22 = errors;
if(typeof data.boTransId !== "string"){
validate110.errors = [{instancePath:instancePath+"/boTransId",schemaPath:"#/properties/boTransId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arn !== undefined){
const _errs24 = errors;
if(typeof data.arn !== "string"){
validate110.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fee !== undefined){
let data10 = data.fee;
const _errs26 = errors;
if(!((typeof data10 == "number") && (isFinite(data10)))){
validate110.errors = [{instancePath:instancePath+"/fee",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.balance !== undefined){
let data11 = data.balance;
const _errs29 = errors;
if(!((typeof data11 == "number") && (isFinite(data11)))){
validate110.errors = [{instancePath:instancePath+"/balance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastDepositAmount !== undefined){
let data12 = data.lastDepositAmount;
const _errs32 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
validate110.errors = [{instancePath:instancePath+"/lastDepositAmount",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledgerBalance !== undefined){
let data13 = data.ledgerBalance;
const _errs35 = errors;
if(!((typeof data13 == "number") && (isFinite(data13)))){
validate110.errors = [{instancePath:instancePath+"/ledgerBalance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dtsCreatedAt !== undefined){
let data14 = data.dtsCreatedAt;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(errors === _errs39){
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
validate110.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate110.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fromCardBalance !== undefined){
let data15 = data.fromCardBalance;
const _errs41 = errors;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data15 === "string"){
if(!pattern93.test(data15)){
validate110.errors = [{instancePath:instancePath+"/fromCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate110.errors = [{instancePath:instancePath+"/fromCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.toCardBalance !== undefined){
let data16 = data.toCardBalance;
const _errs44 = errors;
const _errs45 = errors;
if(errors === _errs45){
if(typeof data16 === "string"){
if(!pattern93.test(data16)){
validate110.errors = [{instancePath:instancePath+"/toCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate110.errors = [{instancePath:instancePath+"/toCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outstandingSettlementBalance !== undefined){
let data17 = data.outstandingSettlementBalance;
const _errs47 = errors;
if(!((typeof data17 == "number") && (isFinite(data17)))){
validate110.errors = [{instancePath:instancePath+"/outstandingSettlementBalance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardPrgName !== undefined){
const _errs50 = errors;
if(typeof data.cardPrgName !== "string"){
validate110.errors = [{instancePath:instancePath+"/cardPrgName",schemaPath:"#/properties/cardPrgName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reversal !== undefined){
let data19 = data.reversal;
const _errs52 = errors;
if(errors === _errs52){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing1;
if((((((data19.cFiStatus === undefined) && (missing1 = "cFiStatus")) || ((data19.dtsReversalInitiated === undefined) && (missing1 = "dtsReversalInitiated"))) || ((data19.arn === undefined) && (missing1 = "arn"))) || ((data19.responseDesc === undefined) && (missing1 = "responseDesc"))) || ((data19.boTransId === undefined) && (missing1 = "boTransId"))){
validate110.errors = [{instancePath:instancePath+"/reversal",schemaPath:"#/properties/reversal/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data19.cFiStatus !== undefined){
let data20 = data19.cFiStatus;
const _errs54 = errors;
if(typeof data20 !== "string"){
validate110.errors = [{instancePath:instancePath+"/reversal/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data20 === "Initiated") || (data20 === "Complete")) || (data20 === "Error"))){
validate110.errors = [{instancePath:instancePath+"/reversal/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid14 = _errs54 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.dtsReversalInitiated !== undefined){
let data21 = data19.dtsReversalInitiated;
const _errs57 = errors;
const _errs58 = errors;
if(errors === _errs58){
if(errors === _errs58){
if(typeof data21 === "string"){
if(!(formats0.validate(data21))){
validate110.errors = [{instancePath:instancePath+"/reversal/dtsReversalInitiated",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate110.errors = [{instancePath:instancePath+"/reversal/dtsReversalInitiated",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid14 = _errs57 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.arn !== undefined){
const _errs60 = errors;
if(typeof data19.arn !== "string"){
validate110.errors = [{instancePath:instancePath+"/reversal/arn",schemaPath:"#/properties/reversal/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs60 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.responseDesc !== undefined){
const _errs62 = errors;
if(typeof data19.responseDesc !== "string"){
validate110.errors = [{instancePath:instancePath+"/reversal/responseDesc",schemaPath:"#/properties/reversal/properties/responseDesc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs62 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.boTransId !== undefined){
const _errs64 = errors;
if(typeof data19.boTransId !== "string"){
validate110.errors = [{instancePath:instancePath+"/reversal/boTransId",schemaPath:"#/properties/reversal/properties/boTransId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs64 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
else {
validate110.errors = [{instancePath:instancePath+"/reversal",schemaPath:"#/properties/reversal/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate110.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate110.errors = vErrors;
return errors === 0;
}


function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-financial-reversal.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate109.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate109.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
const _errs3 = errors;
if(!(validate110(data1, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.reversal === undefined) && (missing1 = "reversal")){
validate109.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.type !== undefined){
if("cardToCard" !== data1.type){
validate109.errors = [{instancePath:instancePath+"/data/type",schemaPath:"#/properties/data/allOf/1/properties/type/const",keyword:"const",params:{allowedValue: "cardToCard"},message:"must be equal to constant"}];
return false;
}
}
}
}
else {
validate109.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data3 = data.requestId;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate109.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate109.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate109.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate109.errors = vErrors;
return errors === 0;
}

exports["ibis-financial-retrieve.request"] = validate112;
const schema276 = {"$comment":"request of POST /ibis/financial/retrieve","type":"object","oneOf":[{"type":"object","required":["cFiFundsId"],"properties":{"cFiFundsId":{"$ref":"common#/definitions/id"}},"additionalProperties":false},{"type":"object","required":["reference"],"properties":{"reference":{"$ref":"common#/definitions/reference"}},"additionalProperties":false},{"type":"object","required":["arn"],"properties":{"arn":{"type":"string","pattern":"^[0-9a-zA-Z]+$","minLength":1,"maxLength":50,"x-note":"the docs give no schema for arn; alphanumeric like the documented values (errata retrieve-arn-schema)"}},"additionalProperties":false}],"$id":"ibis-financial-retrieve.request"};

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-financial-retrieve.request" */;
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate112.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
const _errs2 = errors;
let valid0 = false;
let passing0 = null;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.cFiFundsId === undefined) && (missing0 = "cFiFundsId")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs5 = errors;
for(const key0 in data){
if(!(key0 === "cFiFundsId")){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs5 === errors){
if(data.cFiFundsId !== undefined){
let data0 = data.cFiFundsId;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data0 === "string"){
if(func2(data0) > 36){
const err2 = {instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs9 = errors;
if(errors === _errs9){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.reference === undefined) && (missing1 = "reference")){
const err7 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
const _errs11 = errors;
for(const key1 in data){
if(!(key1 === "reference")){
const err8 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break;
}
}
if(_errs11 === errors){
if(data.reference !== undefined){
let data1 = data.reference;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data1 === "string"){
if(func2(data1) > 32){
const err9 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
if(!pattern1.test(data1)){
const err11 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs15 = errors;
if(errors === _errs15){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.arn === undefined) && (missing2 = "arn")){
const err14 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
const _errs17 = errors;
for(const key2 in data){
if(!(key2 === "arn")){
const err15 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break;
}
}
if(_errs17 === errors){
if(data.arn !== undefined){
let data2 = data.arn;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data2 === "string"){
if(func2(data2) > 50){
const err16 = {instancePath:instancePath+"/arn",schemaPath:"#/oneOf/2/properties/arn/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
if(func2(data2) < 1){
const err17 = {instancePath:instancePath+"/arn",schemaPath:"#/oneOf/2/properties/arn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
if(!pattern1.test(data2)){
const err18 = {instancePath:instancePath+"/arn",schemaPath:"#/oneOf/2/properties/arn/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/arn",schemaPath:"#/oneOf/2/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
}
}
if(!valid0){
const err21 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
validate112.errors = vErrors;
return false;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
validate112.errors = vErrors;
return errors === 0;
}

exports["ibis-financial-retrieve.response"] = validate113;
const schema279 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"type":"array","items":{"$ref":"ibisResponse#/definitions/fundsTransfer"}},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-financial-retrieve.response"};

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((data.reference === undefined) && (missing0 = "reference")) || ((data.cFiFundsId === undefined) && (missing0 = "cFiFundsId"))) || ((data.cFiAggregatorId === undefined) && (missing0 = "cFiAggregatorId"))) || ((data.type === undefined) && (missing0 = "type"))) || ((data.cFiStatus === undefined) && (missing0 = "cFiStatus"))) || ((data.boTransId === undefined) && (missing0 = "boTransId"))) || ((data.arn === undefined) && (missing0 = "arn"))) || ((data.fee === undefined) && (missing0 = "fee"))) || ((data.balance === undefined) && (missing0 = "balance"))) || ((data.lastDepositAmount === undefined) && (missing0 = "lastDepositAmount"))) || ((data.ledgerBalance === undefined) && (missing0 = "ledgerBalance"))) || ((data.dtsCreatedAt === undefined) && (missing0 = "dtsCreatedAt"))){
validate114.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.reference !== undefined){
const _errs1 = errors;
if(typeof data.reference !== "string"){
validate114.errors = [{instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiFundsId !== undefined){
let data1 = data.cFiFundsId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 36){
validate114.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate114.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate114.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate114.errors = [{instancePath:instancePath+"/cFiFundsId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiAggregatorId !== undefined){
const _errs6 = errors;
if(typeof data.cFiAggregatorId !== "string"){
validate114.errors = [{instancePath:instancePath+"/cFiAggregatorId",schemaPath:"#/properties/cFiAggregatorId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data3 = data.type;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate114.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data3 === "cardToCard") || (data3 === "credit")) || (data3 === "debit"))){
validate114.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema190.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiCardId !== undefined){
let data4 = data.cFiCardId;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func2(data4) > 36){
validate114.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data4) < 1){
validate114.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data4)){
validate114.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate114.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardFromId !== undefined){
let data5 = data.cardFromId;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(func2(data5) > 36){
validate114.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data5) < 1){
validate114.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data5)){
validate114.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate114.errors = [{instancePath:instancePath+"/cardFromId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardToId !== undefined){
let data6 = data.cardToId;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data6 === "string"){
if(func2(data6) > 36){
validate114.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data6) < 1){
validate114.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data6)){
validate114.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate114.errors = [{instancePath:instancePath+"/cardToId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiStatus !== undefined){
let data7 = data.cFiStatus;
const _errs19 = errors;
if(typeof data7 !== "string"){
validate114.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data7 === "Initiated") || (data7 === "Complete")) || (data7 === "Error"))){
validate114.errors = [{instancePath:instancePath+"/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boTransId !== undefined){
const _errs22 = errors;
if(typeof data.boTransId !== "string"){
validate114.errors = [{instancePath:instancePath+"/boTransId",schemaPath:"#/properties/boTransId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arn !== undefined){
const _errs24 = errors;
if(typeof data.arn !== "string"){
validate114.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fee !== undefined){
let data10 = data.fee;
const _errs26 = errors;
if(!((typeof data10 == "number") && (isFinite(data10)))){
validate114.errors = [{instancePath:instancePath+"/fee",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.balance !== undefined){
let data11 = data.balance;
const _errs29 = errors;
if(!((typeof data11 == "number") && (isFinite(data11)))){
validate114.errors = [{instancePath:instancePath+"/balance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastDepositAmount !== undefined){
let data12 = data.lastDepositAmount;
const _errs32 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
validate114.errors = [{instancePath:instancePath+"/lastDepositAmount",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledgerBalance !== undefined){
let data13 = data.ledgerBalance;
const _errs35 = errors;
if(!((typeof data13 == "number") && (isFinite(data13)))){
validate114.errors = [{instancePath:instancePath+"/ledgerBalance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dtsCreatedAt !== undefined){
let data14 = data.dtsCreatedAt;
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(errors === _errs39){
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
validate114.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate114.errors = [{instancePath:instancePath+"/dtsCreatedAt",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fromCardBalance !== undefined){
let data15 = data.fromCardBalance;
const _errs41 = errors;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data15 === "string"){
if(!pattern93.test(data15)){
validate114.errors = [{instancePath:instancePath+"/fromCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate114.errors = [{instancePath:instancePath+"/fromCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.toCardBalance !== undefined){
let data16 = data.toCardBalance;
const _errs44 = errors;
const _errs45 = errors;
if(errors === _errs45){
if(typeof data16 === "string"){
if(!pattern93.test(data16)){
validate114.errors = [{instancePath:instancePath+"/toCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate114.errors = [{instancePath:instancePath+"/toCardBalance",schemaPath:"ibisResponse#/definitions/moneyString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outstandingSettlementBalance !== undefined){
let data17 = data.outstandingSettlementBalance;
const _errs47 = errors;
if(!((typeof data17 == "number") && (isFinite(data17)))){
validate114.errors = [{instancePath:instancePath+"/outstandingSettlementBalance",schemaPath:"ibisResponse#/definitions/money/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardPrgName !== undefined){
const _errs50 = errors;
if(typeof data.cardPrgName !== "string"){
validate114.errors = [{instancePath:instancePath+"/cardPrgName",schemaPath:"#/properties/cardPrgName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reversal !== undefined){
let data19 = data.reversal;
const _errs52 = errors;
if(errors === _errs52){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing1;
if((((((data19.cFiStatus === undefined) && (missing1 = "cFiStatus")) || ((data19.dtsReversalInitiated === undefined) && (missing1 = "dtsReversalInitiated"))) || ((data19.arn === undefined) && (missing1 = "arn"))) || ((data19.responseDesc === undefined) && (missing1 = "responseDesc"))) || ((data19.boTransId === undefined) && (missing1 = "boTransId"))){
validate114.errors = [{instancePath:instancePath+"/reversal",schemaPath:"#/properties/reversal/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data19.cFiStatus !== undefined){
let data20 = data19.cFiStatus;
const _errs54 = errors;
if(typeof data20 !== "string"){
validate114.errors = [{instancePath:instancePath+"/reversal/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data20 === "Initiated") || (data20 === "Complete")) || (data20 === "Error"))){
validate114.errors = [{instancePath:instancePath+"/reversal/cFiStatus",schemaPath:"ibisResponse#/definitions/cFiStatus/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid14 = _errs54 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.dtsReversalInitiated !== undefined){
let data21 = data19.dtsReversalInitiated;
const _errs57 = errors;
const _errs58 = errors;
if(errors === _errs58){
if(errors === _errs58){
if(typeof data21 === "string"){
if(!(formats0.validate(data21))){
validate114.errors = [{instancePath:instancePath+"/reversal/dtsReversalInitiated",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate114.errors = [{instancePath:instancePath+"/reversal/dtsReversalInitiated",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid14 = _errs57 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.arn !== undefined){
const _errs60 = errors;
if(typeof data19.arn !== "string"){
validate114.errors = [{instancePath:instancePath+"/reversal/arn",schemaPath:"#/properties/reversal/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs60 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.responseDesc !== undefined){
const _errs62 = errors;
if(typeof data19.responseDesc !== "string"){
validate114.errors = [{instancePath:instancePath+"/reversal/responseDesc",schemaPath:"#/properties/reversal/properties/responseDesc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs62 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data19.boTransId !== undefined){
const _errs64 = errors;
if(typeof data19.boTransId !== "string"){
validate114.errors = [{instancePath:instancePath+"/reversal/boTransId",schemaPath:"#/properties/reversal/properties/boTransId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs64 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
else {
validate114.errors = [{instancePath:instancePath+"/reversal",schemaPath:"#/properties/reversal/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate114.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate114.errors = vErrors;
return errors === 0;
}


function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-financial-retrieve.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate113.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate113.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate114(data1[i0], {instancePath:instancePath+"/data/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate113.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data3 = data.requestId;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate113.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate113.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate113.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate113.errors = vErrors;
return errors === 0;
}

exports["ibis-inquiry-transaction-history.request"] = validate116;
const schema297 = {"$comment":"request of POST /ibis/inquiry/transaction-history","type":"object","required":["cFiCardId"],"properties":{"cFiCardId":{"$ref":"common#/definitions/id"},"dateFrom":{"$ref":"common#/definitions/dateOnly"},"dateTo":{"$ref":"common#/definitions/dateOnly"},"numberOfRecords":{"$ref":"common#/definitions/numberOfRecords"},"skipRecords":{"$ref":"common#/definitions/skipRecords"}},"x-errata":"transaction-history-dates-required","$id":"ibis-inquiry-transaction-history.request"};
const schema299 = {"description":"dateISO: a calendar date YYYY-MM-DD","x-doc":{"file":"ibis-overview.txt","heading":"Transaction History Inquiry with /ibis"},"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","format":"dateISO"};
const schema301 = {"description":"number of transactions to return, nullable integer >= 1","x-doc":{"file":"ibis-overview.txt","heading":"Transaction History Inquiry with /ibis"},"type":"integer","minimum":1,"nullable":true};
const schema302 = {"description":"number of transactions to skip, nullable integer >= 0","x-doc":{"file":"ibis-overview.txt","heading":"Transaction History Inquiry with /ibis"},"type":"integer","minimum":0,"nullable":true};
const pattern136 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const formats30 = require("../src/api/keyword-runtime.cjs").formats.dateISO;

function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-inquiry-transaction-history.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.cFiCardId === undefined) && (missing0 = "cFiCardId")){
validate116.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.cFiCardId !== undefined){
let data0 = data.cFiCardId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate116.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate116.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate116.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate116.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateFrom !== undefined){
let data1 = data.dateFrom;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern136.test(data1)){
validate116.errors = [{instancePath:instancePath+"/dateFrom",schemaPath:"common#/definitions/dateOnly/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""}];
return false;
}
else {
if(!(formats30.validate(data1))){
validate116.errors = [{instancePath:instancePath+"/dateFrom",schemaPath:"common#/definitions/dateOnly/format",keyword:"format",params:{format: "dateISO"},message:"must match format \""+"dateISO"+"\""}];
return false;
}
}
}
else {
validate116.errors = [{instancePath:instancePath+"/dateFrom",schemaPath:"common#/definitions/dateOnly/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateTo !== undefined){
let data2 = data.dateTo;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(errors === _errs11){
if(typeof data2 === "string"){
if(!pattern136.test(data2)){
validate116.errors = [{instancePath:instancePath+"/dateTo",schemaPath:"common#/definitions/dateOnly/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""}];
return false;
}
else {
if(!(formats30.validate(data2))){
validate116.errors = [{instancePath:instancePath+"/dateTo",schemaPath:"common#/definitions/dateOnly/format",keyword:"format",params:{format: "dateISO"},message:"must match format \""+"dateISO"+"\""}];
return false;
}
}
}
else {
validate116.errors = [{instancePath:instancePath+"/dateTo",schemaPath:"common#/definitions/dateOnly/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.numberOfRecords !== undefined){
let data3 = data.numberOfRecords;
const _errs14 = errors;
const _errs15 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
validate116.errors = [{instancePath:instancePath+"/numberOfRecords",schemaPath:"common#/definitions/numberOfRecords/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate116.errors = [{instancePath:instancePath+"/numberOfRecords",schemaPath:"common#/definitions/numberOfRecords/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.skipRecords !== undefined){
let data4 = data.skipRecords;
const _errs19 = errors;
const _errs20 = errors;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (data4 !== null)){
validate116.errors = [{instancePath:instancePath+"/skipRecords",schemaPath:"common#/definitions/skipRecords/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs20){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate116.errors = [{instancePath:instancePath+"/skipRecords",schemaPath:"common#/definitions/skipRecords/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate116.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate116.errors = vErrors;
return errors === 0;
}

exports["ibis-inquiry-transaction-history.response"] = validate117;
const schema303 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"type":"object","required":["transactions"],"properties":{"transactions":{"type":"array","items":{"$ref":"ibisResponse#/definitions/historyTransaction"}}}},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-inquiry-transaction-history.response"};
const schema304 = {"description":"one transaction of transaction-history; amounts are strings","x-doc":{"file":"ibis-overview.txt","heading":"Transaction History Inquiry with /ibis"},"type":"object","required":["transId","traceAuditNo","accountNumber","transTypeId","businessDate","availableBalance","amount","description","messageTypeIdentifier","arn","transDate","remainingBalance","localDateTime","serviceId"],"properties":{"transId":{"type":"string"},"traceAuditNo":{"type":"string"},"originalTraceAuditNo":{"type":"string"},"accountNumber":{"type":"string"},"transTypeId":{"type":"string"},"businessDate":{"type":"string","pattern":"^\\d{2}/\\d{2}/\\d{4}$"},"acceptorNameAndLocation":{"type":"string"},"availableBalance":{"$ref":"ibisResponse#/definitions/moneyString"},"amount":{"$ref":"ibisResponse#/definitions/moneyString"},"description":{"type":"string"},"messageTypeIdentifier":{"type":"string"},"billed":{"type":"string"},"arn":{"type":"string"},"mcc":{"type":"string"},"deviceType":{"type":"string"},"transDate":{"type":"string"},"remainingBalance":{"$ref":"ibisResponse#/definitions/moneyString"},"panSequenceNo":{"type":"string"},"authorizationCode":{"type":"string"},"localDateTime":{"type":"string"},"serviceId":{"type":"string"},"isRecurring":{"type":"string"},"is3DSecure":{"type":"string"},"isDigitalWalletTrans":{"type":"string"},"isPaymentTrans":{"type":"string"}}};
const pattern138 = new RegExp("^\\d{2}/\\d{2}/\\d{4}$", "u");

function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((((data.transId === undefined) && (missing0 = "transId")) || ((data.traceAuditNo === undefined) && (missing0 = "traceAuditNo"))) || ((data.accountNumber === undefined) && (missing0 = "accountNumber"))) || ((data.transTypeId === undefined) && (missing0 = "transTypeId"))) || ((data.businessDate === undefined) && (missing0 = "businessDate"))) || ((data.availableBalance === undefined) && (missing0 = "availableBalance"))) || ((data.amount === undefined) && (missing0 = "amount"))) || ((data.description === undefined) && (missing0 = "description"))) || ((data.messageTypeIdentifier === undefined) && (missing0 = "messageTypeIdentifier"))) || ((data.arn === undefined) && (missing0 = "arn"))) || ((data.transDate === undefined) && (missing0 = "transDate"))) || ((data.remainingBalance === undefined) && (missing0 = "remainingBalance"))) || ((data.localDateTime === undefined) && (missing0 = "localDateTime"))) || ((data.serviceId === undefined) && (missing0 = "serviceId"))){
validate118.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.transId !== undefined){
const _errs2 = errors;
if(typeof data.transId !== "string"){
validate118.errors = [{instancePath:instancePath+"/transId",schemaPath:"#/properties/transId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.traceAuditNo !== undefined){
const _errs4 = errors;
if(typeof data.traceAuditNo !== "string"){
validate118.errors = [{instancePath:instancePath+"/traceAuditNo",schemaPath:"#/properties/traceAuditNo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.originalTraceAuditNo !== undefined){
const _errs6 = errors;
if(typeof data.originalTraceAuditNo !== "string"){
validate118.errors = [{instancePath:instancePath+"/originalTraceAuditNo",schemaPath:"#/properties/originalTraceAuditNo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accountNumber !== undefined){
const _errs8 = errors;
if(typeof data.accountNumber !== "string"){
validate118.errors = [{instancePath:instancePath+"/accountNumber",schemaPath:"#/properties/accountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.transTypeId !== undefined){
const _errs10 = errors;
if(typeof data.transTypeId !== "string"){
validate118.errors = [{instancePath:instancePath+"/transTypeId",schemaPath:"#/properties/transTypeId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.businessDate !== undefined){
let data5 = data.businessDate;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(!pattern138.test(data5)){
validate118.errors = [{instancePath:instancePath+"/businessDate",schemaPath:"#/properties/businessDate/pattern",keyword:"pattern",params:{pattern: "^\\d{2}/\\d{2}/\\d{4}$"},message:"must match pattern \""+"^\\d{2}/\\d{2}/\\d{4}$"+"\""}];
return false;
}
}
else {
validate118.errors = [{instancePath:instancePath+"/businessDate",schemaPath:"#/properties/businessDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.acceptorNameAndLocation !== undefined){
const _errs14 = errors;
if(typeof data.acceptorNameAndLocation !== "string"){
validate118.errors = [{instancePath:instancePath+"/acceptorNameAndLocation",schemaPath:"#/properties/acceptorNameAndLocation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.availableBalance !== undefined){
let data7 = data.availableBalance;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if(!pattern93.test(data7)){
validate118.errors = [{instancePath:instancePath+"/availableBalance",schemaPath:"ibisResponse#/definitions/moneyString/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate118.errors = [{instancePath:instancePath+"/availableBalance",schemaPath:"ibisResponse#/definitions/moneyString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.amount !== undefined){
let data8 = data.amount;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data8 === "string"){
if(!pattern93.test(data8)){
validate118.errors = [{instancePath:instancePath+"/amount",schemaPath:"ibisResponse#/definitions/moneyString/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate118.errors = [{instancePath:instancePath+"/amount",schemaPath:"ibisResponse#/definitions/moneyString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs22 = errors;
if(typeof data.description !== "string"){
validate118.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageTypeIdentifier !== undefined){
const _errs24 = errors;
if(typeof data.messageTypeIdentifier !== "string"){
validate118.errors = [{instancePath:instancePath+"/messageTypeIdentifier",schemaPath:"#/properties/messageTypeIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.billed !== undefined){
const _errs26 = errors;
if(typeof data.billed !== "string"){
validate118.errors = [{instancePath:instancePath+"/billed",schemaPath:"#/properties/billed/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arn !== undefined){
const _errs28 = errors;
if(typeof data.arn !== "string"){
validate118.errors = [{instancePath:instancePath+"/arn",schemaPath:"#/properties/arn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mcc !== undefined){
const _errs30 = errors;
if(typeof data.mcc !== "string"){
validate118.errors = [{instancePath:instancePath+"/mcc",schemaPath:"#/properties/mcc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deviceType !== undefined){
const _errs32 = errors;
if(typeof data.deviceType !== "string"){
validate118.errors = [{instancePath:instancePath+"/deviceType",schemaPath:"#/properties/deviceType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.transDate !== undefined){
const _errs34 = errors;
if(typeof data.transDate !== "string"){
validate118.errors = [{instancePath:instancePath+"/transDate",schemaPath:"#/properties/transDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.remainingBalance !== undefined){
let data16 = data.remainingBalance;
const _errs36 = errors;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data16 === "string"){
if(!pattern93.test(data16)){
validate118.errors = [{instancePath:instancePath+"/remainingBalance",schemaPath:"ibisResponse#/definitions/moneyString/pattern",keyword:"pattern",params:{pattern: "^-?\\d+\\.\\d{2}$"},message:"must match pattern \""+"^-?\\d+\\.\\d{2}$"+"\""}];
return false;
}
}
else {
validate118.errors = [{instancePath:instancePath+"/remainingBalance",schemaPath:"ibisResponse#/definitions/moneyString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.panSequenceNo !== undefined){
const _errs39 = errors;
if(typeof data.panSequenceNo !== "string"){
validate118.errors = [{instancePath:instancePath+"/panSequenceNo",schemaPath:"#/properties/panSequenceNo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorizationCode !== undefined){
const _errs41 = errors;
if(typeof data.authorizationCode !== "string"){
validate118.errors = [{instancePath:instancePath+"/authorizationCode",schemaPath:"#/properties/authorizationCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.localDateTime !== undefined){
const _errs43 = errors;
if(typeof data.localDateTime !== "string"){
validate118.errors = [{instancePath:instancePath+"/localDateTime",schemaPath:"#/properties/localDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.serviceId !== undefined){
const _errs45 = errors;
if(typeof data.serviceId !== "string"){
validate118.errors = [{instancePath:instancePath+"/serviceId",schemaPath:"#/properties/serviceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isRecurring !== undefined){
const _errs47 = errors;
if(typeof data.isRecurring !== "string"){
validate118.errors = [{instancePath:instancePath+"/isRecurring",schemaPath:"#/properties/isRecurring/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.is3DSecure !== undefined){
const _errs49 = errors;
if(typeof data.is3DSecure !== "string"){
validate118.errors = [{instancePath:instancePath+"/is3DSecure",schemaPath:"#/properties/is3DSecure/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isDigitalWalletTrans !== undefined){
const _errs51 = errors;
if(typeof data.isDigitalWalletTrans !== "string"){
validate118.errors = [{instancePath:instancePath+"/isDigitalWalletTrans",schemaPath:"#/properties/isDigitalWalletTrans/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isPaymentTrans !== undefined){
const _errs53 = errors;
if(typeof data.isPaymentTrans !== "string"){
validate118.errors = [{instancePath:instancePath+"/isPaymentTrans",schemaPath:"#/properties/isPaymentTrans/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate118.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate118.errors = vErrors;
return errors === 0;
}


function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-inquiry-transaction-history.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate117.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate117.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
if(errors === _errs2){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.transactions === undefined) && (missing1 = "transactions")){
validate117.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.transactions !== undefined){
let data2 = data1.transactions;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data2)){
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate118(data2[i0], {instancePath:instancePath+"/data/transactions/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
errors = vErrors.length;
}
var valid2 = _errs6 === errors;
if(!valid2){
break;
}
}
}
else {
validate117.errors = [{instancePath:instancePath+"/data/transactions",schemaPath:"#/properties/data/properties/transactions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate117.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data4 = data.requestId;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
validate117.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate117.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate117.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate117.errors = vErrors;
return errors === 0;
}

exports["ibis-card-sync-profile.request"] = validate120;
const schema309 = {"$comment":"request of POST /ibis/card/sync-profile","type":"object","required":["customerId","cFiCardId"],"properties":{"customerId":{"$ref":"common#/definitions/id"},"cFiCardId":{"$ref":"common#/definitions/id"},"profile":{"$ref":"ibisFacade#/definitions/syncProfile"}},"$id":"ibis-card-sync-profile.request"};
const schema312 = {"description":"ibisFacade syncProfile object","x-doc":{"file":"ibis-card-sync-profile.txt","heading":"Property table for ibisFacade syncProfile object"},"type":"object","properties":{"cardHolderId":{"$ref":"common#/definitions/idNullable"},"cardHolderType":{"type":"string","enum":["representative","individual"]}}};

function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cardHolderId !== undefined){
let data0 = data.cardHolderId;
const _errs2 = errors;
const _errs3 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate121.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate121.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate121.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate121.errors = [{instancePath:instancePath+"/cardHolderId",schemaPath:"common#/definitions/idNullable/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardHolderType !== undefined){
let data1 = data.cardHolderType;
const _errs6 = errors;
if(typeof data1 !== "string"){
validate121.errors = [{instancePath:instancePath+"/cardHolderType",schemaPath:"#/properties/cardHolderType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data1 === "representative") || (data1 === "individual"))){
validate121.errors = [{instancePath:instancePath+"/cardHolderType",schemaPath:"#/properties/cardHolderType/enum",keyword:"enum",params:{allowedValues: schema312.properties.cardHolderType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate121.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate121.errors = vErrors;
return errors === 0;
}


function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-sync-profile.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.customerId === undefined) && (missing0 = "customerId")) || ((data.cFiCardId === undefined) && (missing0 = "cFiCardId"))){
validate120.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.customerId !== undefined){
let data0 = data.customerId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 36){
validate120.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate120.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data0)){
validate120.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate120.errors = [{instancePath:instancePath+"/customerId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cFiCardId !== undefined){
let data1 = data.cFiCardId;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 36){
validate120.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate120.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate120.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate120.errors = [{instancePath:instancePath+"/cFiCardId",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profile !== undefined){
const _errs8 = errors;
if(!(validate121(data.profile, {instancePath:instancePath+"/profile",parentData:data,parentDataProperty:"profile",rootData}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate120.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate120.errors = vErrors;
return errors === 0;
}

exports["ibis-card-sync-profile.response"] = validate123;
const schema314 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"allOf":[{"$ref":"ibisResponse#/definitions/card"},{"type":"object","required":["transId"],"properties":{}}]},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"ibis-card-sync-profile.response"};

function validate124(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.boReferenceId === undefined) && (missing0 = "boReferenceId")) || ((data.boCustomerId === undefined) && (missing0 = "boCustomerId"))) || ((data.vAccountNumber === undefined) && (missing0 = "vAccountNumber"))) || ((data.abaRoutingNumber === undefined) && (missing0 = "abaRoutingNumber"))){
validate124.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.boReferenceId !== undefined){
const _errs4 = errors;
if(typeof data.boReferenceId !== "string"){
validate124.errors = [{instancePath:instancePath+"/boReferenceId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boReferenceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.boCustomerId !== undefined){
const _errs6 = errors;
if(typeof data.boCustomerId !== "string"){
validate124.errors = [{instancePath:instancePath+"/boCustomerId",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/boCustomerId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.vAccountNumber !== undefined){
const _errs8 = errors;
if(typeof data.vAccountNumber !== "string"){
validate124.errors = [{instancePath:instancePath+"/vAccountNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/vAccountNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.abaRoutingNumber !== undefined){
const _errs10 = errors;
if(typeof data.abaRoutingNumber !== "string"){
validate124.errors = [{instancePath:instancePath+"/abaRoutingNumber",schemaPath:"ibisResponse#/definitions/cardBackOffice/properties/abaRoutingNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate124.errors = [{instancePath,schemaPath:"ibisResponse#/definitions/cardBackOffice/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs12 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
if(valid0){
const _errs13 = errors;
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.programType === undefined) && (missing1 = "programType")){
validate124.errors = [{instancePath,schemaPath:"#/allOf/3/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data.programType !== undefined){
let data4 = data.programType;
if(typeof data4 !== "string"){
validate124.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data4 === "debit") || (data4 === "credit")) || (data4 === "vAccountOnly"))){
validate124.errors = [{instancePath:instancePath+"/programType",schemaPath:"ibisResponse#/definitions/programType/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate124.errors = [{instancePath,schemaPath:"#/allOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
}
}
validate124.errors = vErrors;
return errors === 0;
}


function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ibis-card-sync-profile.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate123.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate123.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
const _errs3 = errors;
if(!(validate124(data1, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.transId === undefined) && (missing1 = "transId")){
validate123.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
}
else {
validate123.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data2 = data.requestId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
validate123.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate123.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate123.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate123.errors = vErrors;
return errors === 0;
}

exports["transfer-to-card-register.request"] = validate128;
const schema319 = {"$comment":"request of POST /transfer-to/card/register","type":"object","oneOf":[{"type":"object","required":["card","owner","reference"],"properties":{"card":{"$ref":"toucan#/definitions/card"},"owner":{"$ref":"toucan#/definitions/owner"},"reference":{"$ref":"common#/definitions/reference"}},"additionalProperties":false},{"type":"object","required":["clearCard","owner","reference"],"properties":{"clearCard":{"$ref":"toucan#/definitions/clearCard"},"owner":{"$ref":"toucan#/definitions/owner"},"reference":{"$ref":"common#/definitions/reference"}},"additionalProperties":false}],"$id":"transfer-to-card-register.request"};
const schema321 = {"description":"common card object: encrypted card data","x-doc":{"file":"transfer-to-card-register.txt","heading":"Property table for common card object"},"type":"object","required":["encryptedData","keyId"],"properties":{"encryptedData":{"$ref":"common#/definitions/commonStr500Req"},"keyId":{"$ref":"common#/definitions/commonStr50Req"}}};
const schema322 = {"description":"common-commonStr500Req","type":"string","pattern":"^((?![<>]).)*$","minLength":1,"maxLength":500,"isNotOnlyWhitespace":true};

function validate130(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.encryptedData === undefined) && (missing0 = "encryptedData")) || ((data.keyId === undefined) && (missing0 = "keyId"))){
validate130.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.encryptedData !== undefined){
let data0 = data.encryptedData;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 500){
validate130.errors = [{instancePath:instancePath+"/encryptedData",schemaPath:"common#/definitions/commonStr500Req/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate130.errors = [{instancePath:instancePath+"/encryptedData",schemaPath:"common#/definitions/commonStr500Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data0)){
validate130.errors = [{instancePath:instancePath+"/encryptedData",schemaPath:"common#/definitions/commonStr500Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data0)){
validate130.errors = [{instancePath:instancePath+"/encryptedData",schemaPath:"common#/definitions/commonStr500Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate130.errors = [{instancePath:instancePath+"/encryptedData",schemaPath:"common#/definitions/commonStr500Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.keyId !== undefined){
let data1 = data.keyId;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 50){
validate130.errors = [{instancePath:instancePath+"/keyId",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate130.errors = [{instancePath:instancePath+"/keyId",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data1)){
validate130.errors = [{instancePath:instancePath+"/keyId",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data1)){
validate130.errors = [{instancePath:instancePath+"/keyId",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate130.errors = [{instancePath:instancePath+"/keyId",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate130.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate130.errors = vErrors;
return errors === 0;
}

const schema324 = {"description":"toucan owner object","x-doc":{"file":"transfer-to-card-register.txt","heading":"Property table for toucan owner object"},"type":"object","required":["address","name","phone"],"properties":{"address":{"$ref":"toucan#/definitions/address"},"name":{"$ref":"toucan#/definitions/cardHolderName"},"phone":{"$ref":"toucan#/definitions/phone"}}};
const schema325 = {"description":"toucan address object","x-doc":{"file":"transfer-to-card-register.txt","heading":"Property table for toucan address object"},"type":"object","required":["addressLine1","city","state","postalCode","country"],"properties":{"addressLine1":{"$ref":"common#/definitions/commonStr50Req"},"addressLine2":{"$ref":"common#/definitions/commonStr50"},"city":{"$ref":"common#/definitions/commonStr50Req"},"state":{"$ref":"common#/definitions/commonStr50Req"},"postalCode":{"$ref":"common#/definitions/postalCode"},"country":{"$ref":"common#/definitions/countryCodeA2"}}};
const schema331 = {"description":"customer-countryCodeA2","type":"string","pattern":"^[A-Z]{2}$"};
const pattern154 = new RegExp("^[A-Z]{2}$", "u");

function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.addressLine1 === undefined) && (missing0 = "addressLine1")) || ((data.city === undefined) && (missing0 = "city"))) || ((data.state === undefined) && (missing0 = "state"))) || ((data.postalCode === undefined) && (missing0 = "postalCode"))) || ((data.country === undefined) && (missing0 = "country"))){
validate133.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.addressLine1 !== undefined){
let data0 = data.addressLine1;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 50){
validate133.errors = [{instancePath:instancePath+"/addressLine1",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate133.errors = [{instancePath:instancePath+"/addressLine1",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data0)){
validate133.errors = [{instancePath:instancePath+"/addressLine1",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data0)){
validate133.errors = [{instancePath:instancePath+"/addressLine1",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate133.errors = [{instancePath:instancePath+"/addressLine1",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addressLine2 !== undefined){
let data1 = data.addressLine2;
const _errs5 = errors;
const _errs6 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate133.errors = [{instancePath:instancePath+"/addressLine2",schemaPath:"common#/definitions/commonStr50/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 50){
validate133.errors = [{instancePath:instancePath+"/addressLine2",schemaPath:"common#/definitions/commonStr50/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data1) < 0){
validate133.errors = [{instancePath:instancePath+"/addressLine2",schemaPath:"common#/definitions/commonStr50/minLength",keyword:"minLength",params:{limit: 0},message:"must NOT have fewer than 0 characters"}];
return false;
}
else {
if(!pattern3.test(data1)){
validate133.errors = [{instancePath:instancePath+"/addressLine2",schemaPath:"common#/definitions/commonStr50/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.city !== undefined){
let data2 = data.city;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(func2(data2) > 50){
validate133.errors = [{instancePath:instancePath+"/city",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate133.errors = [{instancePath:instancePath+"/city",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data2)){
validate133.errors = [{instancePath:instancePath+"/city",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data2)){
validate133.errors = [{instancePath:instancePath+"/city",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate133.errors = [{instancePath:instancePath+"/city",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data3 = data.state;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(func2(data3) > 50){
validate133.errors = [{instancePath:instancePath+"/state",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data3) < 1){
validate133.errors = [{instancePath:instancePath+"/state",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data3)){
validate133.errors = [{instancePath:instancePath+"/state",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data3)){
validate133.errors = [{instancePath:instancePath+"/state",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate133.errors = [{instancePath:instancePath+"/state",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.postalCode !== undefined){
let data4 = data.postalCode;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(func2(data4) > 10){
validate133.errors = [{instancePath:instancePath+"/postalCode",schemaPath:"common#/definitions/postalCode/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters"}];
return false;
}
else {
if(func2(data4) < 5){
validate133.errors = [{instancePath:instancePath+"/postalCode",schemaPath:"common#/definitions/postalCode/minLength",keyword:"minLength",params:{limit: 5},message:"must NOT have fewer than 5 characters"}];
return false;
}
else {
if(!pattern75.test(data4)){
validate133.errors = [{instancePath:instancePath+"/postalCode",schemaPath:"common#/definitions/postalCode/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z-]+$"},message:"must match pattern \""+"^[0-9a-zA-Z-]+$"+"\""}];
return false;
}
}
}
}
else {
validate133.errors = [{instancePath:instancePath+"/postalCode",schemaPath:"common#/definitions/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.country !== undefined){
let data5 = data.country;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data5 === "string"){
if(!pattern154.test(data5)){
validate133.errors = [{instancePath:instancePath+"/country",schemaPath:"common#/definitions/countryCodeA2/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""}];
return false;
}
}
else {
validate133.errors = [{instancePath:instancePath+"/country",schemaPath:"common#/definitions/countryCodeA2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate133.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate133.errors = vErrors;
return errors === 0;
}

const schema332 = {"description":"toucan cardHolderName object","x-doc":{"file":"transfer-to-card-register.txt","heading":"Property table for toucan cardHolderName object"},"type":"object","required":["first","last"],"properties":{"first":{"$ref":"common#/definitions/commonStr50Req"},"last":{"$ref":"common#/definitions/commonStr50Req"},"middle":{"$ref":"common#/definitions/commonStr50"},"suffix":{"$ref":"common#/definitions/commonStr50"}}};

function validate135(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.first === undefined) && (missing0 = "first")) || ((data.last === undefined) && (missing0 = "last"))){
validate135.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.first !== undefined){
let data0 = data.first;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 50){
validate135.errors = [{instancePath:instancePath+"/first",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate135.errors = [{instancePath:instancePath+"/first",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data0)){
validate135.errors = [{instancePath:instancePath+"/first",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data0)){
validate135.errors = [{instancePath:instancePath+"/first",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate135.errors = [{instancePath:instancePath+"/first",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.last !== undefined){
let data1 = data.last;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 50){
validate135.errors = [{instancePath:instancePath+"/last",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate135.errors = [{instancePath:instancePath+"/last",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data1)){
validate135.errors = [{instancePath:instancePath+"/last",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data1)){
validate135.errors = [{instancePath:instancePath+"/last",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate135.errors = [{instancePath:instancePath+"/last",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.middle !== undefined){
let data2 = data.middle;
const _errs8 = errors;
const _errs9 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate135.errors = [{instancePath:instancePath+"/middle",schemaPath:"common#/definitions/commonStr50/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) > 50){
validate135.errors = [{instancePath:instancePath+"/middle",schemaPath:"common#/definitions/commonStr50/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data2) < 0){
validate135.errors = [{instancePath:instancePath+"/middle",schemaPath:"common#/definitions/commonStr50/minLength",keyword:"minLength",params:{limit: 0},message:"must NOT have fewer than 0 characters"}];
return false;
}
else {
if(!pattern3.test(data2)){
validate135.errors = [{instancePath:instancePath+"/middle",schemaPath:"common#/definitions/commonStr50/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.suffix !== undefined){
let data3 = data.suffix;
const _errs12 = errors;
const _errs13 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate135.errors = [{instancePath:instancePath+"/suffix",schemaPath:"common#/definitions/commonStr50/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(errors === _errs13){
if(typeof data3 === "string"){
if(func2(data3) > 50){
validate135.errors = [{instancePath:instancePath+"/suffix",schemaPath:"common#/definitions/commonStr50/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data3) < 0){
validate135.errors = [{instancePath:instancePath+"/suffix",schemaPath:"common#/definitions/commonStr50/minLength",keyword:"minLength",params:{limit: 0},message:"must NOT have fewer than 0 characters"}];
return false;
}
else {
if(!pattern3.test(data3)){
validate135.errors = [{instancePath:instancePath+"/suffix",schemaPath:"common#/definitions/commonStr50/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
}
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate135.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate135.errors = vErrors;
return errors === 0;
}

const schema337 = {"description":"toucan phone object","x-doc":{"file":"transfer-to-card-register.txt","heading":"Property table for toucan phone object"},"type":"object","required":["countryCode","number"],"properties":{"countryCode":{"$ref":"common#/definitions/commonStr50Req"},"number":{"$ref":"common#/definitions/phoneNumber10"}}};

function validate137(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.countryCode === undefined) && (missing0 = "countryCode")) || ((data.number === undefined) && (missing0 = "number"))){
validate137.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.countryCode !== undefined){
let data0 = data.countryCode;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 50){
validate137.errors = [{instancePath:instancePath+"/countryCode",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate137.errors = [{instancePath:instancePath+"/countryCode",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data0)){
validate137.errors = [{instancePath:instancePath+"/countryCode",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data0)){
validate137.errors = [{instancePath:instancePath+"/countryCode",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate137.errors = [{instancePath:instancePath+"/countryCode",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.number !== undefined){
let data1 = data.number;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 10){
validate137.errors = [{instancePath:instancePath+"/number",schemaPath:"common#/definitions/phoneNumber10/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters"}];
return false;
}
else {
if(func2(data1) < 10){
validate137.errors = [{instancePath:instancePath+"/number",schemaPath:"common#/definitions/phoneNumber10/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"}];
return false;
}
else {
if(!pattern76.test(data1)){
validate137.errors = [{instancePath:instancePath+"/number",schemaPath:"common#/definitions/phoneNumber10/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
}
}
else {
validate137.errors = [{instancePath:instancePath+"/number",schemaPath:"common#/definitions/phoneNumber10/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate137.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate137.errors = vErrors;
return errors === 0;
}


function validate132(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.address === undefined) && (missing0 = "address")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.phone === undefined) && (missing0 = "phone"))){
validate132.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.address !== undefined){
const _errs2 = errors;
if(!(validate133(data.address, {instancePath:instancePath+"/address",parentData:data,parentDataProperty:"address",rootData}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs3 = errors;
if(!(validate135(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))){
vErrors = vErrors === null ? validate135.errors : vErrors.concat(validate135.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.phone !== undefined){
const _errs4 = errors;
if(!(validate137(data.phone, {instancePath:instancePath+"/phone",parentData:data,parentDataProperty:"phone",rootData}))){
vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate132.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate132.errors = vErrors;
return errors === 0;
}

const schema341 = {"description":"toucan clearCard object: unencrypted card details","x-doc":{"file":"transfer-to-card-register.txt","heading":"Property table for toucan clearCard object"},"type":"object","required":["accountNumber","expirationDate"],"properties":{"accountNumber":{"$ref":"common#/definitions/commonStr50Req"},"expirationDate":{"$ref":"common#/definitions/commonStr50Req"}}};

function validate140(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.accountNumber === undefined) && (missing0 = "accountNumber")) || ((data.expirationDate === undefined) && (missing0 = "expirationDate"))){
validate140.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.accountNumber !== undefined){
let data0 = data.accountNumber;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 50){
validate140.errors = [{instancePath:instancePath+"/accountNumber",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate140.errors = [{instancePath:instancePath+"/accountNumber",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data0)){
validate140.errors = [{instancePath:instancePath+"/accountNumber",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data0)){
validate140.errors = [{instancePath:instancePath+"/accountNumber",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate140.errors = [{instancePath:instancePath+"/accountNumber",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expirationDate !== undefined){
let data1 = data.expirationDate;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 50){
validate140.errors = [{instancePath:instancePath+"/expirationDate",schemaPath:"common#/definitions/commonStr50Req/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate140.errors = [{instancePath:instancePath+"/expirationDate",schemaPath:"common#/definitions/commonStr50Req/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern3.test(data1)){
validate140.errors = [{instancePath:instancePath+"/expirationDate",schemaPath:"common#/definitions/commonStr50Req/pattern",keyword:"pattern",params:{pattern: "^((?![<>]).)*$"},message:"must match pattern \""+"^((?![<>]).)*$"+"\""}];
return false;
}
else {
if(!func10(data1)){
validate140.errors = [{instancePath:instancePath+"/expirationDate",schemaPath:"common#/definitions/commonStr50Req/isNotOnlyWhitespace",keyword:"isNotOnlyWhitespace",params:{},message:"must pass \"isNotOnlyWhitespace\" keyword validation"}];
return false;
}
}
}
}
}
else {
validate140.errors = [{instancePath:instancePath+"/expirationDate",schemaPath:"common#/definitions/commonStr50Req/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate140.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate140.errors = vErrors;
return errors === 0;
}


function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="transfer-to-card-register.request" */;
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate128.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
const _errs2 = errors;
let valid0 = false;
let passing0 = null;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.card === undefined) && (missing0 = "card")) || ((data.owner === undefined) && (missing0 = "owner"))) || ((data.reference === undefined) && (missing0 = "reference"))){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs5 = errors;
for(const key0 in data){
if(!(((key0 === "card") || (key0 === "owner")) || (key0 === "reference"))){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs5 === errors){
if(data.card !== undefined){
const _errs6 = errors;
if(!(validate130(data.card, {instancePath:instancePath+"/card",parentData:data,parentDataProperty:"card",rootData}))){
vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.owner !== undefined){
const _errs7 = errors;
if(!(validate132(data.owner, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData}))){
vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.reference !== undefined){
let data2 = data.reference;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) > 32){
const err2 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(func2(data2) < 1){
const err3 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(!pattern1.test(data2)){
const err4 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs11 = errors;
if(errors === _errs11){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.clearCard === undefined) && (missing1 = "clearCard")) || ((data.owner === undefined) && (missing1 = "owner"))) || ((data.reference === undefined) && (missing1 = "reference"))){
const err7 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
const _errs13 = errors;
for(const key1 in data){
if(!(((key1 === "clearCard") || (key1 === "owner")) || (key1 === "reference"))){
const err8 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break;
}
}
if(_errs13 === errors){
if(data.clearCard !== undefined){
const _errs14 = errors;
if(!(validate140(data.clearCard, {instancePath:instancePath+"/clearCard",parentData:data,parentDataProperty:"clearCard",rootData}))){
vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
errors = vErrors.length;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.owner !== undefined){
const _errs15 = errors;
if(!(validate132(data.owner, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData}))){
vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
errors = vErrors.length;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.reference !== undefined){
let data5 = data.reference;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(func2(data5) > 32){
const err9 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(func2(data5) < 1){
const err10 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
if(!pattern1.test(data5)){
const err11 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z]+$"},message:"must match pattern \""+"^[0-9a-zA-Z]+$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/reference",schemaPath:"common#/definitions/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err14 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate128.errors = vErrors;
return false;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
validate128.errors = vErrors;
return errors === 0;
}

exports["transfer-to-card-register.response"] = validate143;
const schema345 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"type":"object","required":["cFiCardId","dtsRegistered","reference","isPullEnabled","isPushEnabled","cardExpirationDate","cardLast4"],"properties":{"cFiCardId":{"type":"string","minLength":1},"dtsRegistered":{"$ref":"ibisResponse#/definitions/dateTime"},"reference":{"type":"string"},"isPullEnabled":{"type":"boolean"},"isPushEnabled":{"type":"boolean"},"cardExpirationDate":{"type":"string","pattern":"^\\d{6}$"},"cardLast4":{"type":"string","pattern":"^\\d{4}$"}}},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"transfer-to-card-register.response"};

function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="transfer-to-card-register.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate143.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate143.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
if(errors === _errs2){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((((((((data1.cFiCardId === undefined) && (missing1 = "cFiCardId")) || ((data1.dtsRegistered === undefined) && (missing1 = "dtsRegistered"))) || ((data1.reference === undefined) && (missing1 = "reference"))) || ((data1.isPullEnabled === undefined) && (missing1 = "isPullEnabled"))) || ((data1.isPushEnabled === undefined) && (missing1 = "isPushEnabled"))) || ((data1.cardExpirationDate === undefined) && (missing1 = "cardExpirationDate"))) || ((data1.cardLast4 === undefined) && (missing1 = "cardLast4"))){
validate143.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.cFiCardId !== undefined){
let data2 = data1.cFiCardId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate143.errors = [{instancePath:instancePath+"/data/cFiCardId",schemaPath:"#/properties/data/properties/cFiCardId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate143.errors = [{instancePath:instancePath+"/data/cFiCardId",schemaPath:"#/properties/data/properties/cFiCardId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.dtsRegistered !== undefined){
let data3 = data1.dtsRegistered;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
validate143.errors = [{instancePath:instancePath+"/data/dtsRegistered",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate143.errors = [{instancePath:instancePath+"/data/dtsRegistered",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.reference !== undefined){
const _errs9 = errors;
if(typeof data1.reference !== "string"){
validate143.errors = [{instancePath:instancePath+"/data/reference",schemaPath:"#/properties/data/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.isPullEnabled !== undefined){
const _errs11 = errors;
if(typeof data1.isPullEnabled !== "boolean"){
validate143.errors = [{instancePath:instancePath+"/data/isPullEnabled",schemaPath:"#/properties/data/properties/isPullEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.isPushEnabled !== undefined){
const _errs13 = errors;
if(typeof data1.isPushEnabled !== "boolean"){
validate143.errors = [{instancePath:instancePath+"/data/isPushEnabled",schemaPath:"#/properties/data/properties/isPushEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.cardExpirationDate !== undefined){
let data7 = data1.cardExpirationDate;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data7 === "string"){
if(!pattern19.test(data7)){
validate143.errors = [{instancePath:instancePath+"/data/cardExpirationDate",schemaPath:"#/properties/data/properties/cardExpirationDate/pattern",keyword:"pattern",params:{pattern: "^\\d{6}$"},message:"must match pattern \""+"^\\d{6}$"+"\""}];
return false;
}
}
else {
validate143.errors = [{instancePath:instancePath+"/data/cardExpirationDate",schemaPath:"#/properties/data/properties/cardExpirationDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.cardLast4 !== undefined){
let data8 = data1.cardLast4;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data8 === "string"){
if(!pattern49.test(data8)){
validate143.errors = [{instancePath:instancePath+"/data/cardLast4",schemaPath:"#/properties/data/properties/cardLast4/pattern",keyword:"pattern",params:{pattern: "^\\d{4}$"},message:"must match pattern \""+"^\\d{4}$"+"\""}];
return false;
}
}
else {
validate143.errors = [{instancePath:instancePath+"/data/cardLast4",schemaPath:"#/properties/data/properties/cardLast4/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
else {
validate143.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data9 = data.requestId;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data9 === "string"){
if(!pattern6.test(data9)){
validate143.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate143.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate143.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate143.errors = vErrors;
return errors === 0;
}

exports["auth-get-token.request"] = validate144;
const schema348 = {"$comment":"request of POST /auth/get-token","type":"object","required":["user"],"properties":{"user":{"type":"object","required":["login","password"],"properties":{"login":{"$ref":"common#/definitions/id"},"password":{"type":"string","minLength":1,"maxLength":50}}}},"$id":"auth-get-token.request"};

function validate144(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="auth-get-token.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.user === undefined) && (missing0 = "user")){
validate144.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.user !== undefined){
let data0 = data.user;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((data0.login === undefined) && (missing1 = "login")) || ((data0.password === undefined) && (missing1 = "password"))){
validate144.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.login !== undefined){
let data1 = data0.login;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func2(data1) > 36){
validate144.errors = [{instancePath:instancePath+"/user/login",schemaPath:"common#/definitions/id/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate144.errors = [{instancePath:instancePath+"/user/login",schemaPath:"common#/definitions/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data1)){
validate144.errors = [{instancePath:instancePath+"/user/login",schemaPath:"common#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-zA-Z_]+$"},message:"must match pattern \""+"^[0-9a-zA-Z_]+$"+"\""}];
return false;
}
}
}
}
else {
validate144.errors = [{instancePath:instancePath+"/user/login",schemaPath:"common#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.password !== undefined){
let data2 = data0.password;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func2(data2) > 50){
validate144.errors = [{instancePath:instancePath+"/user/password",schemaPath:"#/properties/user/properties/password/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if(func2(data2) < 1){
validate144.errors = [{instancePath:instancePath+"/user/password",schemaPath:"#/properties/user/properties/password/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate144.errors = [{instancePath:instancePath+"/user/password",schemaPath:"#/properties/user/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate144.errors = [{instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate144.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate144.errors = vErrors;
return errors === 0;
}

exports["auth-get-token.response"] = validate145;
const schema350 = {"type":"object","required":["code","data","requestId"],"properties":{"code":{"const":"0"},"data":{"type":"object","required":["token","dtsExpireAt"],"properties":{"token":{"type":"string","minLength":1},"dtsExpireAt":{"$ref":"ibisResponse#/definitions/dateTime"}}},"requestId":{"$ref":"envelope#/definitions/requestId"}},"$id":"auth-get-token.response"};

function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="auth-get-token.response" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.requestId === undefined) && (missing0 = "requestId"))){
validate145.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if("0" !== data.code){
validate145.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs2 = errors;
if(errors === _errs2){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.token === undefined) && (missing1 = "token")) || ((data1.dtsExpireAt === undefined) && (missing1 = "dtsExpireAt"))){
validate145.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.token !== undefined){
let data2 = data1.token;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate145.errors = [{instancePath:instancePath+"/data/token",schemaPath:"#/properties/data/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/data/token",schemaPath:"#/properties/data/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.dtsExpireAt !== undefined){
let data3 = data1.dtsExpireAt;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
validate145.errors = [{instancePath:instancePath+"/data/dtsExpireAt",schemaPath:"ibisResponse#/definitions/dateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/data/dtsExpireAt",schemaPath:"ibisResponse#/definitions/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
let data4 = data.requestId;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
validate145.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate145.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate145.errors = vErrors;
return errors === 0;
}

exports["envelope#/definitions/error"] = validate146;
const schema353 = {"description":"the error envelope: { requestId, code, subCode?, context?, message? }","type":"object","required":["requestId","code"],"properties":{"requestId":{"$ref":"envelope#/definitions/requestId"},"code":{"type":"string","minLength":1,"not":{"const":"0"}},"subCode":{"type":"string"},"context":{"type":["object","array"]},"message":{"type":"string"}}};

function validate146(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.requestId === undefined) && (missing0 = "requestId")) || ((data.code === undefined) && (missing0 = "code"))){
validate146.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.requestId !== undefined){
let data0 = data.requestId;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
validate146.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate146.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
let data1 = data.code;
const _errs4 = errors;
const _errs6 = errors;
const _errs7 = errors;
if("0" !== data1){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs7 === errors;
if(valid2){
validate146.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate146.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate146.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subCode !== undefined){
const _errs8 = errors;
if(typeof data.subCode !== "string"){
validate146.errors = [{instancePath:instancePath+"/subCode",schemaPath:"#/properties/subCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data3 = data.context;
const _errs10 = errors;
if(!data3 || typeof data3 != "object"){
validate146.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: schema353.properties.context.type},message:"must be object,array"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs12 = errors;
if(typeof data.message !== "string"){
validate146.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate146.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate146.errors = vErrors;
return errors === 0;
}

exports["envelope#/definitions/requestValidateError"] = validate147;
const schema355 = {"description":"a request that fails schema validation","type":"object","required":["requestId","code","context"],"properties":{"requestId":{"$ref":"envelope#/definitions/requestId"},"code":{"const":"requestValidateError"},"context":{"type":"array","minItems":1,"items":{"$ref":"envelope#/definitions/ajvError"}},"message":{"type":"string"}}};
const schema357 = {"description":"one Ajv error object, as carried in the context of requestValidateError","type":"object","required":["instancePath","schemaPath","keyword","params"],"properties":{"instancePath":{"type":"string"},"schemaPath":{"type":"string"},"keyword":{"type":"string"},"params":{"type":"object"},"message":{"type":"string"}}};

function validate147(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.requestId === undefined) && (missing0 = "requestId")) || ((data.code === undefined) && (missing0 = "code"))) || ((data.context === undefined) && (missing0 = "context"))){
validate147.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.requestId !== undefined){
let data0 = data.requestId;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
validate147.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate147.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
const _errs4 = errors;
if("requestValidateError" !== data.code){
validate147.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "requestValidateError"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data2 = data.context;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
if(data2.length < 1){
validate147.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((((data3.instancePath === undefined) && (missing1 = "instancePath")) || ((data3.schemaPath === undefined) && (missing1 = "schemaPath"))) || ((data3.keyword === undefined) && (missing1 = "keyword"))) || ((data3.params === undefined) && (missing1 = "params"))){
validate147.errors = [{instancePath:instancePath+"/context/" + i0,schemaPath:"envelope#/definitions/ajvError/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.instancePath !== undefined){
const _errs10 = errors;
if(typeof data3.instancePath !== "string"){
validate147.errors = [{instancePath:instancePath+"/context/" + i0+"/instancePath",schemaPath:"envelope#/definitions/ajvError/properties/instancePath/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.schemaPath !== undefined){
const _errs12 = errors;
if(typeof data3.schemaPath !== "string"){
validate147.errors = [{instancePath:instancePath+"/context/" + i0+"/schemaPath",schemaPath:"envelope#/definitions/ajvError/properties/schemaPath/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.keyword !== undefined){
const _errs14 = errors;
if(typeof data3.keyword !== "string"){
validate147.errors = [{instancePath:instancePath+"/context/" + i0+"/keyword",schemaPath:"envelope#/definitions/ajvError/properties/keyword/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.params !== undefined){
let data7 = data3.params;
const _errs16 = errors;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
validate147.errors = [{instancePath:instancePath+"/context/" + i0+"/params",schemaPath:"envelope#/definitions/ajvError/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.message !== undefined){
const _errs18 = errors;
if(typeof data3.message !== "string"){
validate147.errors = [{instancePath:instancePath+"/context/" + i0+"/message",schemaPath:"envelope#/definitions/ajvError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
else {
validate147.errors = [{instancePath:instancePath+"/context/" + i0,schemaPath:"envelope#/definitions/ajvError/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate147.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs20 = errors;
if(typeof data.message !== "string"){
validate147.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate147.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate147.errors = vErrors;
return errors === 0;
}

exports["envelope#/definitions/unauthorized"] = validate148;
const schema358 = {"description":"401 for bad credentials or a missing, wrong or expired token. The documented example has no requestId (errata unauthorized-envelope).","x-doc":{"file":"README.md","heading":"Authentication (/OVERVIEW/Getting-Started/Authentication/, /USER/API/Get-Access-Token/)"},"type":"object","required":["code"],"properties":{"requestId":{"$ref":"envelope#/definitions/requestId"},"code":{"const":"unauthorized"},"message":{"type":"string"}}};

function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.code === undefined) && (missing0 = "code")){
validate148.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.requestId !== undefined){
let data0 = data.requestId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
validate148.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate148.errors = [{instancePath:instancePath+"/requestId",schemaPath:"envelope#/definitions/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
const _errs5 = errors;
if("unauthorized" !== data.code){
validate148.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/const",keyword:"const",params:{allowedValue: "unauthorized"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs6 = errors;
if(typeof data.message !== "string"){
validate148.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate148.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate148.errors = vErrors;
return errors === 0;
}

