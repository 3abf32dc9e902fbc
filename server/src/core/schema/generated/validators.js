// GENERATED from schemas/*.schema.json by `npx tsx schemas/generate-validators.ts`: do not edit.
/* eslint-disable */
"use strict";
exports.goalPlan = validate52;
const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://goalplan.invalid/schemas/goal-plan.json","title":"Goal plan front matter","description":"The YAML front matter of a treatment (goal) plan: who it is for, when it started, when it is reviewed, and the problems its goals address. Goals themselves are written in the body as ```yaml goal blocks.","type":"object","required":["kind","client","clinician","created"],"properties":{"kind":{"title":"File kind","description":"Marks this Markdown file as a goal plan. Only files with `kind: goal-plan` or `kind: session-log` are checked.","const":"goal-plan","examples":["goal-plan"]},"client":{"$ref":"common.json#/$defs/code","title":"Client","description":"The client's pseudonymous code (no names): any text without spaces, e.g. C-0142. Session logs link to this plan through the same code.","examples":["C-0142"]},"clinician":{"title":"Clinician","description":"Initials or staff id of the responsible clinician.","type":"string","examples":["rk"],"x-expected":"text (initials or a staff id)"},"created":{"$ref":"common.json#/$defs/date","title":"Plan start","description":"The date the plan starts (YYYY-MM-DD). Goals start on this date unless they give their own `start`, and it is the first review date."},"closed":{"$ref":"common.json#/$defs/date","title":"Plan end","description":"The date the plan ended (discharge), YYYY-MM-DD. An open plan has no `closed` date."},"status":{"title":"Plan status","description":"Whether the plan is in use.","enum":["active","closed"],"x-enumDescriptions":["The plan is in use (default).","The plan has ended (discharge); set `closed` to the end date."],"default":"active"},"review":{"title":"Review schedule","description":"When the plan is reviewed with the client: the interval, the last completed review and the next scheduled one.","type":"object","properties":{"every":{"$ref":"common.json#/$defs/duration","title":"Review interval","description":"How often the plan is reviewed, e.g. 90d, 12w or 3mo. It may not exceed the configured `review.maxInterval` (default 90d).","examples":["90d","12w","3mo"]},"last":{"$ref":"common.json#/$defs/date","title":"Last review","description":"Date of the last completed review (YYYY-MM-DD); defaults to the plan's `created` date."},"next":{"$ref":"common.json#/$defs/date","title":"Next review","description":"Date of the next scheduled review (YYYY-MM-DD). Every plan needs one (rule GP201)."}},"examples":[{"every":"90d","last":"2026-09-02","next":"2026-12-01"}],"x-expected":"a mapping with `every`, `last` and `next` (each on its own indented line)"},"problems":{"title":"Problems","description":"The assessed problems or diagnoses the goals tie to. Each goal names one of these ids in its `problem` key, which keeps every goal relevant.","type":"array","items":{"title":"Problem","description":"One assessed problem: a short id (e.g. P1) and a description.","type":"object","required":["id","text"],"properties":{"id":{"$ref":"common.json#/$defs/code","title":"Problem id","description":"A short id for the problem, e.g. P1; goals refer to it in `problem`.","examples":["P1"]},"text":{"title":"Problem description","description":"The problem in plain words, ideally in the client's own words.","type":"string","examples":["Avoids speaking in groups; low mood since job loss"],"x-expected":"text"}},"examples":[{"id":"P1","text":"Avoids speaking in groups"}],"x-expected":"a mapping with `id` and `text`, e.g. - id: P1"},"x-expected":"a list of problems, each line starting with - id: ..."},"diagnosis":{"title":"Diagnosis","description":"Optional ICD-10 code or codes, e.g. F32.1.","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string","x-expected":"an ICD-10 code as text"}}],"examples":["F32.1","F41.1, F43.10"],"x-expected":"an ICD-10 code like F32.1, or a list of codes"},"discharge":{"title":"Discharge criteria","description":"Optional: what must be true for the client to be discharged.","type":"string","x-expected":"text"},"signed":{"$ref":"common.json#/$defs/signed","title":"Signature","description":"Optional clinician signature of the plan: `by` (initials or staff id) and `date`."},"monitor":{"title":"Measurement schedule","description":"Which instruments to score and how often: `every-session`, or a longest interval between scores such as 2w, 4w or 1mo. An instrument not scored in time is reported by GP214.","type":"object","propertyNames":{"type":"string","pattern":"^(?!([Cc][Oo][Uu][Nn][Tt]|[Rr][Aa][Tt][Ii][Nn][Gg]|[Gg][Aa][Ss])$)","x-expected":"the name of a scored instrument such as PHQ-9 or ORS (not count, rating or GAS)"},"additionalProperties":{"title":"How often","description":"`every-session`: every held session (except intake, collateral and group sessions) scores it; or a duration (14d, 2w, 1mo, 1y): at most this long between scores.","type":"string","pattern":"^(every-session|[1-9][0-9]*(d|w|mo|y))$","examples":["every-session","2w","1mo"],"x-expected":"every-session or a duration like 14d, 2w, 1mo or 1y"},"examples":[{"PHQ-9":"every-session","GAD-7":"4w"}],"x-expected":"a mapping from instrument names to every-session or a duration, e.g. PHQ-9: every-session"},"expected":{"title":"Expected change","description":"Optional expected-change curve per instrument, used to tell whether a goal is on track (GP215): a list of [week, fraction] pairs, weeks from the goal's start in increasing order and the fraction (0-1) of the change from baseline to target expected by then. Between pairs the curve is a straight line; after the last pair it stays at the last fraction. Without a curve the expectation is a straight line from start to due.","type":"object","propertyNames":{"type":"string","pattern":"^(?!([Cc][Oo][Uu][Nn][Tt]|[Rr][Aa][Tt][Ii][Nn][Gg]|[Gg][Aa][Ss])$)","x-expected":"the name of a scored instrument such as PHQ-9 or ORS (not count, rating or GAS)"},"additionalProperties":{"title":"Curve","description":"[week, fraction] pairs, weeks strictly increasing, e.g. [[2, 0.3], [6, 0.6], [12, 0.9]].","type":"array","minItems":1,"items":{"title":"Point","description":"[week, fraction]: by this many weeks after the goal's start, this fraction (0-1) of the change is expected.","type":"array","prefixItems":[{"type":"number","minimum":0,"x-expected":"a week number, 0 or more"},{"type":"number","minimum":0,"maximum":1,"x-expected":"a fraction from 0 to 1"}],"items":false,"minItems":2,"x-expected":"a pair [week, fraction] like [4, 0.5]","x-positional":true},"x-positional":true,"examples":[[[2,0.3],[6,0.6],[12,0.9]]],"x-expected":"a list of [week, fraction] pairs with increasing weeks, e.g. [[2, 0.3], [6, 0.6], [12, 0.9]]"},"examples":[{"PHQ-9":[[2,0.3],[6,0.6],[12,0.9]]}],"x-expected":"a mapping from instrument names to [week, fraction] lists"},"values":{"title":"Values","description":"What matters to the client, in the client's own words (e.g. \"being there for my kids\"). Goals that serve the client's values are the ones clients keep working on.","type":"array","items":{"type":"string","x-expected":"text"},"examples":[["Being there for my kids"]],"x-expected":"a list of values, each line starting with -"},"assessment":{"title":"Assessment","description":"The initial assessment the goals rest on: the client's strengths, needs and preferences, each a list.","type":"object","properties":{"strengths":{"title":"Strengths","description":"What the client brings: abilities, supports, interests and past successes the plan builds on.","type":"array","items":{"type":"string","x-expected":"text"},"x-expected":"a list, each line starting with -"},"needs":{"title":"Needs","description":"What the assessment found the client needs.","type":"array","items":{"type":"string","x-expected":"text"},"x-expected":"a list, each line starting with -"},"preferences":{"title":"Preferences","description":"How the client prefers to work: times, modality, approaches, who is involved.","type":"array","items":{"type":"string","x-expected":"text"},"x-expected":"a list, each line starting with -"}},"examples":[{"strengths":["Close friend who checks in weekly"],"needs":["Support returning to work"],"preferences":["Evening telehealth sessions"]}],"x-expected":"a mapping with `strengths`, `needs` and `preferences`, each a list"},"agreement":{"title":"Client agreement","description":"The client's agreement with the plan: who agreed (`by`: client or guardian), when (`date`) and how (`method`: signed, verbal or portal). A list when the plan was agreed more than once; the latest date counts.","anyOf":[{"$ref":"#/$defs/agreement"},{"type":"array","items":{"$ref":"#/$defs/agreement"},"x-expected":"a list of agreements, each with `by`, `date` and `method`"}],"examples":[{"by":"client","date":"2026-09-02","method":"signed"}],"x-expected":"a mapping with `by`, `date` and `method`, or a list of them"},"version":{"title":"Format version","description":"Optional version of the GoalPlan file format; currently 1.","type":"integer","minimum":1,"default":1,"examples":[1],"x-expected":"a whole number (currently 1)"}},"additionalProperties":true,"$defs":{"agreement":{"title":"Agreement","description":"One record of the client's agreement with the plan.","type":"object","required":["by","date","method"],"properties":{"by":{"title":"Agreed by","description":"Who agreed to the plan.","enum":["client","guardian"],"x-enumDescriptions":["The client.","The client's parent or legal guardian."]},"date":{"$ref":"common.json#/$defs/date","title":"Agreement date","description":"The date the plan was agreed, YYYY-MM-DD."},"method":{"title":"How agreed","description":"How the agreement was given.","enum":["signed","verbal","portal"],"x-enumDescriptions":["Signed on paper or electronically.","Agreed in conversation (documented by the clinician).","Confirmed through the client portal."]}},"examples":[{"by":"client","date":"2026-09-02","method":"signed"}],"x-expected":"a mapping with `by`, `date` and `method`, e.g. {by: client, date: 2026-09-02, method: signed}"}}};
const schema21 = {"title":"Code","description":"A short identifier without spaces, e.g. C-0142 or G1. Put numbers in quotes (\"0142\") so leading zeros are kept.","type":"string","pattern":"^\\S+$","x-expected":"a code without spaces, like C-0142"};
const pattern3 = new RegExp("^\\S+$", "u");

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern3.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema22 = {"title":"Date","description":"A calendar date written as YYYY-MM-DD, e.g. 2026-12-01. It must exist on the calendar (2026-02-30 does not).","type":"string","format":"date","examples":["2026-12-01"],"x-expected":"a date like 2026-12-01"};
const formats0 = require("../formats").date;

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!(formats0.validate(data))){
const err0 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema23 = {"title":"Duration","description":"A length of time: a whole number followed by d (days), w (weeks), mo (months) or y (years), e.g. 90d, 12w, 3mo, 1y.","type":"string","pattern":"^\\d+(d|w|mo|y)$","examples":["90d","12w","3mo","1y"],"x-expected":"a duration like 90d, 12w, 3mo or 1y"};
const pattern4 = new RegExp("^\\d+(d|w|mo|y)$", "u");

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern4.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^\\d+(d|w|mo|y)$"},message:"must match pattern \""+"^\\d+(d|w|mo|y)$"+"\"",schema:"^\\d+(d|w|mo|y)$",parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema24 = {"title":"Signature","description":"Clinician signature: who signed (`by`: initials or staff id) and when (`date`).","type":"object","required":["by","date"],"properties":{"by":{"title":"Signed by","description":"Initials or staff id of the clinician who signed.","type":"string","examples":["rk"],"x-expected":"text (initials or a staff id)"},"date":{"$ref":"#/$defs/date","title":"Signature date","description":"The date the clinician signed, YYYY-MM-DD."}},"examples":[{"by":"rk","date":"2026-09-16"}],"x-expected":"a mapping with `by` and `date`, e.g. signed: {by: rk, date: 2026-09-16}"};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!(formats0.validate(data))){
const err0 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.by === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.by !== undefined){
let data0 = data.by;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/by",schemaPath:"#/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.by.type,parentSchema:schema24.properties.by,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.date !== undefined){
if(!(validate65(data.date, {instancePath:instancePath+"/date",parentData:data,parentDataProperty:"date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":{"by":true,"date":true},"dynamicProps":false,"dynamicItems":false};

const schema26 = {"title":"Agreement","description":"One record of the client's agreement with the plan.","type":"object","required":["by","date","method"],"properties":{"by":{"title":"Agreed by","description":"Who agreed to the plan.","enum":["client","guardian"],"x-enumDescriptions":["The client.","The client's parent or legal guardian."]},"date":{"$ref":"common.json#/$defs/date","title":"Agreement date","description":"The date the plan was agreed, YYYY-MM-DD."},"method":{"title":"How agreed","description":"How the agreement was given.","enum":["signed","verbal","portal"],"x-enumDescriptions":["Signed on paper or electronically.","Agreed in conversation (documented by the clinician).","Confirmed through the client portal."]}},"examples":[{"by":"client","date":"2026-09-02","method":"signed"}],"x-expected":"a mapping with `by`, `date` and `method`, e.g. {by: client, date: 2026-09-02, method: signed}"};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.by === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.method === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.by !== undefined){
let data0 = data.by;
if(!((data0 === "client") || (data0 === "guardian"))){
const err3 = {instancePath:instancePath+"/by",schemaPath:"#/properties/by/enum",keyword:"enum",params:{allowedValues: schema26.properties.by.enum},message:"must be equal to one of the allowed values",schema:schema26.properties.by.enum,parentSchema:schema26.properties.by,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.date !== undefined){
if(!(validate56(data.date, {instancePath:instancePath+"/date",parentData:data,parentDataProperty:"date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.method !== undefined){
let data2 = data.method;
if(!(((data2 === "signed") || (data2 === "verbal")) || (data2 === "portal"))){
const err4 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema26.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema26.properties.method.enum,parentSchema:schema26.properties.method,data:data2};
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
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":{"by":true,"date":true,"method":true},"dynamicProps":false,"dynamicItems":false};

const pattern5 = new RegExp("^(?!([Cc][Oo][Uu][Nn][Tt]|[Rr][Aa][Tt][Ii][Nn][Gg]|[Gg][Aa][Ss])$)", "u");
const pattern6 = new RegExp("^(every-session|[1-9][0-9]*(d|w|mo|y))$", "u");

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://goalplan.invalid/schemas/goal-plan.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client"},message:"must have required property '"+"client"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.clinician === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clinician"},message:"must have required property '"+"clinician"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.created === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
if("goal-plan" !== data0){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "goal-plan"},message:"must be equal to constant",schema:"goal-plan",parentSchema:schema19.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.client !== undefined){
if(!(validate54(data.client, {instancePath:instancePath+"/client",parentData:data,parentDataProperty:"client",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.clinician !== undefined){
let data2 = data.clinician;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/clinician",schemaPath:"#/properties/clinician/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.clinician.type,parentSchema:schema19.properties.clinician,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.created !== undefined){
if(!(validate56(data.created, {instancePath:instancePath+"/created",parentData:data,parentDataProperty:"created",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.closed !== undefined){
if(!(validate56(data.closed, {instancePath:instancePath+"/closed",parentData:data,parentDataProperty:"closed",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
let data5 = data.status;
if(!((data5 === "active") || (data5 === "closed"))){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema19.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.status.enum,parentSchema:schema19.properties.status,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.review !== undefined){
let data6 = data.review;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.every !== undefined){
if(!(validate59(data6.every, {instancePath:instancePath+"/review/every",parentData:data6,parentDataProperty:"every",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
if(data6.last !== undefined){
if(!(validate56(data6.last, {instancePath:instancePath+"/review/last",parentData:data6,parentDataProperty:"last",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data6.next !== undefined){
if(!(validate56(data6.next, {instancePath:instancePath+"/review/next",parentData:data6,parentDataProperty:"next",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.review.type,parentSchema:schema19.properties.review,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.problems !== undefined){
let data10 = data.problems;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.id === undefined){
const err8 = {instancePath:instancePath+"/problems/" + i0,schemaPath:"#/properties/problems/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema19.properties.problems.items.required,parentSchema:schema19.properties.problems.items,data:data11};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data11.text === undefined){
const err9 = {instancePath:instancePath+"/problems/" + i0,schemaPath:"#/properties/problems/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema19.properties.problems.items.required,parentSchema:schema19.properties.problems.items,data:data11};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data11.id !== undefined){
if(!(validate54(data11.id, {instancePath:instancePath+"/problems/" + i0+"/id",parentData:data11,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data11.text !== undefined){
let data13 = data11.text;
if(typeof data13 !== "string"){
const err10 = {instancePath:instancePath+"/problems/" + i0+"/text",schemaPath:"#/properties/problems/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.problems.items.properties.text.type,parentSchema:schema19.properties.problems.items.properties.text,data:data13};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/problems/" + i0,schemaPath:"#/properties/problems/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.problems.items.type,parentSchema:schema19.properties.problems.items,data:data11};
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
else {
const err12 = {instancePath:instancePath+"/problems",schemaPath:"#/properties/problems/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.problems.type,parentSchema:schema19.properties.problems,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.diagnosis !== undefined){
let data14 = data.diagnosis;
const _errs22 = errors;
let valid5 = false;
const _errs23 = errors;
if(typeof data14 !== "string"){
const err13 = {instancePath:instancePath+"/diagnosis",schemaPath:"#/properties/diagnosis/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.diagnosis.anyOf[0].type,parentSchema:schema19.properties.diagnosis.anyOf[0],data:data14};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid5 = valid5 || _valid0;
const _errs25 = errors;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(typeof data15 !== "string"){
const err14 = {instancePath:instancePath+"/diagnosis/" + i1,schemaPath:"#/properties/diagnosis/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.diagnosis.anyOf[1].items.type,parentSchema:schema19.properties.diagnosis.anyOf[1].items,data:data15};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/diagnosis",schemaPath:"#/properties/diagnosis/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.diagnosis.anyOf[1].type,parentSchema:schema19.properties.diagnosis.anyOf[1],data:data14};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err16 = {instancePath:instancePath+"/diagnosis",schemaPath:"#/properties/diagnosis/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema19.properties.diagnosis.anyOf,parentSchema:schema19.properties.diagnosis,data:data14};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
}
if(data.discharge !== undefined){
let data16 = data.discharge;
if(typeof data16 !== "string"){
const err17 = {instancePath:instancePath+"/discharge",schemaPath:"#/properties/discharge/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.discharge.type,parentSchema:schema19.properties.discharge,data:data16};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.signed !== undefined){
if(!(validate64(data.signed, {instancePath:instancePath+"/signed",parentData:data,parentDataProperty:"signed",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
if(data.monitor !== undefined){
let data18 = data.monitor;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key0 in data18){
const _errs34 = errors;
if(typeof key0 === "string"){
if(!pattern5.test(key0)){
const err18 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?!([Cc][Oo][Uu][Nn][Tt]|[Rr][Aa][Tt][Ii][Nn][Gg]|[Gg][Aa][Ss])$)"},message:"must match pattern \""+"^(?!([Cc][Oo][Uu][Nn][Tt]|[Rr][Aa][Tt][Ii][Nn][Gg]|[Gg][Aa][Ss])$)"+"\"",schema:"^(?!([Cc][Oo][Uu][Nn][Tt]|[Rr][Aa][Tt][Ii][Nn][Gg]|[Gg][Aa][Ss])$)",parentSchema:schema19.properties.monitor.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.monitor.propertyNames.type,parentSchema:schema19.properties.monitor.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid8 = _errs34 === errors;
if(!valid8){
const err20 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema19.properties.monitor.propertyNames,parentSchema:schema19.properties.monitor,data:data18};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
for(const key1 in data18){
let data19 = data18[key1];
if(typeof data19 === "string"){
if(!pattern6.test(data19)){
const err21 = {instancePath:instancePath+"/monitor/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/monitor/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(every-session|[1-9][0-9]*(d|w|mo|y))$"},message:"must match pattern \""+"^(every-session|[1-9][0-9]*(d|w|mo|y))$"+"\"",schema:"^(every-session|[1-9][0-9]*(d|w|mo|y))$",parentSchema:schema19.properties.monitor.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/monitor/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/monitor/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.monitor.additionalProperties.type,parentSchema:schema19.properties.monitor.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.monitor.type,parentSchema:schema19.properties.monitor,data:data18};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.expected !== undefined){
let data20 = data.expected;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key2 in data20){
const _errs41 = errors;
if(typeof key2 === "string"){
if(!pattern5.test(key2)){
const err24 = {instancePath:instancePath+"/expected",schemaPath:"#/properties/expected/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?!([Cc][Oo][Uu][Nn][Tt]|[Rr][Aa][Tt][Ii][Nn][Gg]|[Gg][Aa][Ss])$)"},message:"must match pattern \""+"^(?!([Cc][Oo][Uu][Nn][Tt]|[Rr][Aa][Tt][Ii][Nn][Gg]|[Gg][Aa][Ss])$)"+"\"",schema:"^(?!([Cc][Oo][Uu][Nn][Tt]|[Rr][Aa][Tt][Ii][Nn][Gg]|[Gg][Aa][Ss])$)",parentSchema:schema19.properties.expected.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/expected",schemaPath:"#/properties/expected/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.expected.propertyNames.type,parentSchema:schema19.properties.expected.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid10 = _errs41 === errors;
if(!valid10){
const err26 = {instancePath:instancePath+"/expected",schemaPath:"#/properties/expected/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema19.properties.expected.propertyNames,parentSchema:schema19.properties.expected,data:data20};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
for(const key3 in data20){
let data21 = data20[key3];
if(Array.isArray(data21)){
if(data21.length < 1){
const err27 = {instancePath:instancePath+"/expected/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/expected/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema19.properties.expected.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len2 = data21.length;
for(let i2=0; i2<len2; i2++){
let data22 = data21[i2];
if(Array.isArray(data22)){
if(data22.length < 2){
const err28 = {instancePath:instancePath+"/expected/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/expected/additionalProperties/items/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema19.properties.expected.additionalProperties.items,data:data22};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len3 = data22.length;
if(len3 > 0){
let data23 = data22[0];
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err29 = {instancePath:instancePath+"/expected/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2+"/0",schemaPath:"#/properties/expected/additionalProperties/items/prefixItems/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.expected.additionalProperties.items.prefixItems[0],data:data23};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/expected/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2+"/0",schemaPath:"#/properties/expected/additionalProperties/items/prefixItems/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.expected.additionalProperties.items.prefixItems[0].type,parentSchema:schema19.properties.expected.additionalProperties.items.prefixItems[0],data:data23};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(len3 > 1){
let data24 = data22[1];
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 1 || isNaN(data24)){
const err31 = {instancePath:instancePath+"/expected/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2+"/1",schemaPath:"#/properties/expected/additionalProperties/items/prefixItems/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema19.properties.expected.additionalProperties.items.prefixItems[1],data:data24};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err32 = {instancePath:instancePath+"/expected/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2+"/1",schemaPath:"#/properties/expected/additionalProperties/items/prefixItems/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.expected.additionalProperties.items.prefixItems[1],data:data24};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/expected/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2+"/1",schemaPath:"#/properties/expected/additionalProperties/items/prefixItems/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.expected.additionalProperties.items.prefixItems[1].type,parentSchema:schema19.properties.expected.additionalProperties.items.prefixItems[1],data:data24};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
const len4 = data22.length;
if(!(len4 <= 2)){
const err34 = {instancePath:instancePath+"/expected/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/expected/additionalProperties/items/items",keyword:"items",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema19.properties.expected.additionalProperties.items,data:data22};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/expected/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/expected/additionalProperties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.expected.additionalProperties.items.type,parentSchema:schema19.properties.expected.additionalProperties.items,data:data22};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/expected/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/expected/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.expected.additionalProperties.type,parentSchema:schema19.properties.expected.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/expected",schemaPath:"#/properties/expected/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.expected.type,parentSchema:schema19.properties.expected,data:data20};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.values !== undefined){
let data25 = data.values;
if(Array.isArray(data25)){
const len5 = data25.length;
for(let i3=0; i3<len5; i3++){
let data26 = data25[i3];
if(typeof data26 !== "string"){
const err38 = {instancePath:instancePath+"/values/" + i3,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.values.items.type,parentSchema:schema19.properties.values.items,data:data26};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.values.type,parentSchema:schema19.properties.values,data:data25};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.assessment !== undefined){
let data27 = data.assessment;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.strengths !== undefined){
let data28 = data27.strengths;
if(Array.isArray(data28)){
const len6 = data28.length;
for(let i4=0; i4<len6; i4++){
let data29 = data28[i4];
if(typeof data29 !== "string"){
const err40 = {instancePath:instancePath+"/assessment/strengths/" + i4,schemaPath:"#/properties/assessment/properties/strengths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.assessment.properties.strengths.items.type,parentSchema:schema19.properties.assessment.properties.strengths.items,data:data29};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/assessment/strengths",schemaPath:"#/properties/assessment/properties/strengths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.assessment.properties.strengths.type,parentSchema:schema19.properties.assessment.properties.strengths,data:data28};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data27.needs !== undefined){
let data30 = data27.needs;
if(Array.isArray(data30)){
const len7 = data30.length;
for(let i5=0; i5<len7; i5++){
let data31 = data30[i5];
if(typeof data31 !== "string"){
const err42 = {instancePath:instancePath+"/assessment/needs/" + i5,schemaPath:"#/properties/assessment/properties/needs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.assessment.properties.needs.items.type,parentSchema:schema19.properties.assessment.properties.needs.items,data:data31};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/assessment/needs",schemaPath:"#/properties/assessment/properties/needs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.assessment.properties.needs.type,parentSchema:schema19.properties.assessment.properties.needs,data:data30};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data27.preferences !== undefined){
let data32 = data27.preferences;
if(Array.isArray(data32)){
const len8 = data32.length;
for(let i6=0; i6<len8; i6++){
let data33 = data32[i6];
if(typeof data33 !== "string"){
const err44 = {instancePath:instancePath+"/assessment/preferences/" + i6,schemaPath:"#/properties/assessment/properties/preferences/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.assessment.properties.preferences.items.type,parentSchema:schema19.properties.assessment.properties.preferences.items,data:data33};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/assessment/preferences",schemaPath:"#/properties/assessment/properties/preferences/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.assessment.properties.preferences.type,parentSchema:schema19.properties.assessment.properties.preferences,data:data32};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/assessment",schemaPath:"#/properties/assessment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.assessment.type,parentSchema:schema19.properties.assessment,data:data27};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.agreement !== undefined){
let data34 = data.agreement;
const _errs71 = errors;
let valid24 = false;
const _errs72 = errors;
if(!(validate68(data34, {instancePath:instancePath+"/agreement",parentData:data,parentDataProperty:"agreement",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
var _valid1 = _errs72 === errors;
valid24 = valid24 || _valid1;
if(_valid1){
var props0 = {};
props0.by = true;
props0.date = true;
props0.method = true;
}
const _errs73 = errors;
if(Array.isArray(data34)){
const len9 = data34.length;
for(let i7=0; i7<len9; i7++){
if(!(validate68(data34[i7], {instancePath:instancePath+"/agreement/" + i7,parentData:data34,parentDataProperty:i7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err47 = {instancePath:instancePath+"/agreement",schemaPath:"#/properties/agreement/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.agreement.anyOf[1].type,parentSchema:schema19.properties.agreement.anyOf[1],data:data34};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid1 = _errs73 === errors;
valid24 = valid24 || _valid1;
if(!valid24){
const err48 = {instancePath:instancePath+"/agreement",schemaPath:"#/properties/agreement/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema19.properties.agreement.anyOf,parentSchema:schema19.properties.agreement,data:data34};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
errors = _errs71;
if(vErrors !== null){
if(_errs71){
vErrors.length = _errs71;
}
else {
vErrors = null;
}
}
}
}
if(data.version !== undefined){
let data36 = data.version;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err49 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.version.type,parentSchema:schema19.properties.version,data:data36};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 1 || isNaN(data36)){
const err50 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.version,data:data36};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.goal = validate72;
const schema27 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://goalplan.invalid/schemas/goal.json","title":"Goal","description":"One treatment goal, written in a plan's body as a fenced ```yaml goal block. Only `id` and `statement` are required; a goal without `due`, `problem` or `measure` is reported by its own rule.","type":"object","required":["id","statement"],"properties":{"id":{"$ref":"common.json#/$defs/code","title":"Goal id","description":"A short id, unique within the plan, e.g. G1. Session logs record progress under this id.","examples":["G1"]},"statement":{"title":"Goal statement","description":"The goal in observable terms: who will do what, how often, by when. E.g. \"Client will share at least one comment in 3 of 4 weekly team meetings.\"","type":"string","examples":["Client will share at least one comment in 3 of 4 weekly team meetings."],"x-expected":"text"},"client_words":{"title":"In the client's words","description":"The goal as the client says it, e.g. \"I want to be able to speak up at work.\" Shown first on the printed plan the client takes home.","type":"string","examples":["I want to be able to speak up at work."],"x-expected":"text"},"type":{"title":"Goal type","description":"What kind of change the goal targets.","enum":["behavioral","emotional","cognitive"],"x-enumDescriptions":["A change in what the client does (observable behaviour).","A change in how the client feels (mood, distress).","A change in how the client thinks (beliefs, appraisals)."]},"horizon":{"title":"Horizon","description":"Short-term goals (objectives) run up to about 90 days; long-term goals at least 30 days.","enum":["short-term","long-term"],"x-enumDescriptions":["An objective of up to about 90 days, often serving a long-term goal (see `parent`).","A broad goal of 30 days or more."]},"parent":{"$ref":"common.json#/$defs/code","title":"Parent goal","description":"Optional: the id of the long-term goal this short-term goal serves.","examples":["G0"]},"problem":{"$ref":"common.json#/$defs/code","title":"Problem","description":"The id of the problem (from the plan's `problems` list) this goal addresses, e.g. P1.","examples":["P1"]},"measure":{"title":"Measure","description":"How progress is measured: the instrument, the starting value (baseline), the value that means the goal is met (target), and the unit for counts and ratings.","type":"object","properties":{"instrument":{"title":"Instrument","description":"A built-in instrument (PHQ-9, GAD-7, ORS, PCL-5, SRS, C-SSRS, GAS, SUDS, rating, count) or one configured in .goalplan.yaml; names match without regard to case.","type":"string","examples":["PHQ-9","GAD-7","ORS","PCL-5","GAS","SUDS","rating","count"],"x-expected":"an instrument name like PHQ-9 or count"},"baseline":{"title":"Baseline","description":"The value at the start of the goal, in the instrument's units (e.g. a PHQ-9 score of 16).","type":"number","examples":[16],"x-expected":"a number"},"target":{"title":"Target","description":"The value that means the goal is met, in the instrument's units (e.g. a PHQ-9 score of 9).","type":"number","examples":[9],"x-expected":"a number"},"unit":{"title":"Unit","description":"What a count or rating counts, e.g. \"meetings per month\". Required for the count and rating instruments.","type":"string","examples":["meetings per month"],"x-expected":"text"}},"examples":[{"instrument":"count","baseline":0,"target":3,"unit":"meetings per month"}],"x-expected":"a mapping with `instrument`, `baseline`, `target` and `unit` (each on its own indented line)"},"start":{"$ref":"common.json#/$defs/date","title":"Start","description":"The date work on this goal starts (YYYY-MM-DD); defaults to the plan's `created` date."},"due":{"$ref":"common.json#/$defs/date","title":"Due","description":"The date by which the goal should be met (YYYY-MM-DD); must be after `start`."},"status":{"title":"Status","description":"Where the goal stands.","enum":["active","on-hold","met","revised","discontinued"],"x-enumDescriptions":["Being worked on (default).","Paused for now; still part of the plan.","Achieved; set `closed` to the date.","Replaced by a revised goal; set `closed` to the date.","Stopped without being met; set `closed` to the date."],"default":"active"},"closed":{"$ref":"common.json#/$defs/date","title":"Closed","description":"Optional: the date the status became met, revised or discontinued (YYYY-MM-DD)."},"replaces":{"$ref":"common.json#/$defs/code","title":"Replaces","description":"The id of an earlier goal of this plan that this goal replaces (that goal's status is `revised`).","examples":["G1"]},"revisions":{"title":"Revisions","description":"Changes made to this goal in place, each with its date and reason, so the reason is kept in the plan rather than only in a commit message.","type":"array","items":{"title":"Revision","description":"One change to the goal: when (`date`) and why (`reason`).","type":"object","required":["date","reason"],"properties":{"date":{"$ref":"common.json#/$defs/date","title":"Revision date","description":"The date of the change, YYYY-MM-DD."},"reason":{"title":"Reason","description":"Why the goal was changed, in plain words.","type":"string","x-expected":"text"}},"examples":[{"date":"2026-10-14","reason":"Target lowered at the review: two meetings a month is realistic."}],"x-expected":"a mapping with `date` and `reason`"},"x-expected":"a list of revisions, each line starting with - date: ..."},"weight":{"title":"GAS weight","description":"Weight of this goal in the Goal Attainment Scaling T-score; a number above 0, default 1.","type":"number","exclusiveMinimum":0,"default":1,"examples":[1,2],"x-expected":"a number greater than 0"},"interventions":{"title":"Interventions","description":"What the clinician does toward this goal: approach, frequency and responsible staff, one per line, e.g. \"Graded exposure, weekly, rk\".","type":"array","items":{"type":"string","x-expected":"text"},"examples":[["Graded exposure, weekly, rk"]],"x-expected":"a list of interventions, each line starting with -"},"gas":{"title":"GAS levels","description":"Optional Goal Attainment Scaling descriptions: what each level from -2 (much less than expected) to 2 (much more than expected) looks like; 0 is the expected outcome.","type":"object","propertyNames":{"enum":["-2","-1","0","1","2"],"x-enumDescriptions":["Much less than expected.","Somewhat less than expected.","The expected outcome.","Somewhat more than expected.","Much more than expected."],"x-expected":"a GAS level: -2, -1, 0, 1 or 2"},"additionalProperties":{"type":"string","x-expected":"text describing that level"},"examples":[{"0":"shares once a week"}],"x-expected":"a mapping from GAS levels (-2 to 2) to descriptions"}},"additionalProperties":true};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern3.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!(formats0.validate(data))){
const err0 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://goalplan.invalid/schemas/goal.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.statement === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "statement"},message:"must have required property '"+"statement"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id !== undefined){
if(!(validate73(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.statement !== undefined){
let data1 = data.statement;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.statement.type,parentSchema:schema27.properties.statement,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.client_words !== undefined){
let data2 = data.client_words;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/client_words",schemaPath:"#/properties/client_words/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.client_words.type,parentSchema:schema27.properties.client_words,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(!(((data3 === "behavioral") || (data3 === "emotional")) || (data3 === "cognitive"))){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema27.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.type.enum,parentSchema:schema27.properties.type,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.horizon !== undefined){
let data4 = data.horizon;
if(!((data4 === "short-term") || (data4 === "long-term"))){
const err5 = {instancePath:instancePath+"/horizon",schemaPath:"#/properties/horizon/enum",keyword:"enum",params:{allowedValues: schema27.properties.horizon.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.horizon.enum,parentSchema:schema27.properties.horizon,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.parent !== undefined){
if(!(validate73(data.parent, {instancePath:instancePath+"/parent",parentData:data,parentDataProperty:"parent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.problem !== undefined){
if(!(validate73(data.problem, {instancePath:instancePath+"/problem",parentData:data,parentDataProperty:"problem",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.measure !== undefined){
let data7 = data.measure;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.instrument !== undefined){
let data8 = data7.instrument;
if(typeof data8 !== "string"){
const err6 = {instancePath:instancePath+"/measure/instrument",schemaPath:"#/properties/measure/properties/instrument/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.measure.properties.instrument.type,parentSchema:schema27.properties.measure.properties.instrument,data:data8};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data7.baseline !== undefined){
let data9 = data7.baseline;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err7 = {instancePath:instancePath+"/measure/baseline",schemaPath:"#/properties/measure/properties/baseline/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.measure.properties.baseline.type,parentSchema:schema27.properties.measure.properties.baseline,data:data9};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data7.target !== undefined){
let data10 = data7.target;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err8 = {instancePath:instancePath+"/measure/target",schemaPath:"#/properties/measure/properties/target/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.measure.properties.target.type,parentSchema:schema27.properties.measure.properties.target,data:data10};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data7.unit !== undefined){
let data11 = data7.unit;
if(typeof data11 !== "string"){
const err9 = {instancePath:instancePath+"/measure/unit",schemaPath:"#/properties/measure/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.measure.properties.unit.type,parentSchema:schema27.properties.measure.properties.unit,data:data11};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/measure",schemaPath:"#/properties/measure/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.properties.measure.type,parentSchema:schema27.properties.measure,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.start !== undefined){
if(!(validate77(data.start, {instancePath:instancePath+"/start",parentData:data,parentDataProperty:"start",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.due !== undefined){
if(!(validate77(data.due, {instancePath:instancePath+"/due",parentData:data,parentDataProperty:"due",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
let data14 = data.status;
if(!(((((data14 === "active") || (data14 === "on-hold")) || (data14 === "met")) || (data14 === "revised")) || (data14 === "discontinued"))){
const err11 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema27.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.status.enum,parentSchema:schema27.properties.status,data:data14};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.closed !== undefined){
if(!(validate77(data.closed, {instancePath:instancePath+"/closed",parentData:data,parentDataProperty:"closed",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.replaces !== undefined){
if(!(validate73(data.replaces, {instancePath:instancePath+"/replaces",parentData:data,parentDataProperty:"replaces",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.revisions !== undefined){
let data17 = data.revisions;
if(Array.isArray(data17)){
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
let data18 = data17[i0];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.date === undefined){
const err12 = {instancePath:instancePath+"/revisions/" + i0,schemaPath:"#/properties/revisions/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema27.properties.revisions.items.required,parentSchema:schema27.properties.revisions.items,data:data18};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data18.reason === undefined){
const err13 = {instancePath:instancePath+"/revisions/" + i0,schemaPath:"#/properties/revisions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema27.properties.revisions.items.required,parentSchema:schema27.properties.revisions.items,data:data18};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data18.date !== undefined){
if(!(validate77(data18.date, {instancePath:instancePath+"/revisions/" + i0+"/date",parentData:data18,parentDataProperty:"date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data18.reason !== undefined){
let data20 = data18.reason;
if(typeof data20 !== "string"){
const err14 = {instancePath:instancePath+"/revisions/" + i0+"/reason",schemaPath:"#/properties/revisions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.revisions.items.properties.reason.type,parentSchema:schema27.properties.revisions.items.properties.reason,data:data20};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/revisions/" + i0,schemaPath:"#/properties/revisions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.properties.revisions.items.type,parentSchema:schema27.properties.revisions.items,data:data18};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/revisions",schemaPath:"#/properties/revisions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.revisions.type,parentSchema:schema27.properties.revisions,data:data17};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.weight !== undefined){
let data21 = data.weight;
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 <= 0 || isNaN(data21)){
const err17 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema27.properties.weight,data:data21};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.weight.type,parentSchema:schema27.properties.weight,data:data21};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.interventions !== undefined){
let data22 = data.interventions;
if(Array.isArray(data22)){
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
let data23 = data22[i1];
if(typeof data23 !== "string"){
const err19 = {instancePath:instancePath+"/interventions/" + i1,schemaPath:"#/properties/interventions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.interventions.items.type,parentSchema:schema27.properties.interventions.items,data:data23};
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
else {
const err20 = {instancePath:instancePath+"/interventions",schemaPath:"#/properties/interventions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.interventions.type,parentSchema:schema27.properties.interventions,data:data22};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.gas !== undefined){
let data24 = data.gas;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key0 in data24){
const _errs41 = errors;
if(!(((((key0 === "-2") || (key0 === "-1")) || (key0 === "0")) || (key0 === "1")) || (key0 === "2"))){
const err21 = {instancePath:instancePath+"/gas",schemaPath:"#/properties/gas/propertyNames/enum",keyword:"enum",params:{allowedValues: schema27.properties.gas.propertyNames.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.gas.propertyNames.enum,parentSchema:schema27.properties.gas.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid7 = _errs41 === errors;
if(!valid7){
const err22 = {instancePath:instancePath+"/gas",schemaPath:"#/properties/gas/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema27.properties.gas.propertyNames,parentSchema:schema27.properties.gas,data:data24};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key1 in data24){
let data25 = data24[key1];
if(typeof data25 !== "string"){
const err23 = {instancePath:instancePath+"/gas/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/gas/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.gas.additionalProperties.type,parentSchema:schema27.properties.gas.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/gas",schemaPath:"#/properties/gas/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.properties.gas.type,parentSchema:schema27.properties.gas,data:data24};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.sessionLog = validate83;
const schema30 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://goalplan.invalid/schemas/session-log.json","title":"Session log front matter","description":"The YAML front matter of a session note: which client, when, what kind of session, which goals were addressed and which measures were taken.","type":"object","required":["kind","client","date"],"properties":{"kind":{"title":"File kind","description":"Marks this Markdown file as a session log. Only files with `kind: goal-plan` or `kind: session-log` are checked.","const":"session-log","examples":["session-log"]},"client":{"$ref":"common.json#/$defs/code","title":"Client","description":"The client's pseudonymous code, the same as in their goal plan, e.g. C-0142.","examples":["C-0142"]},"date":{"$ref":"common.json#/$defs/date","title":"Date of service","description":"The date the session took place (YYYY-MM-DD)."},"type":{"title":"Session type","description":"What kind of session this was.","enum":["therapy","intake","no-show","cancelled","group","family","collateral"],"x-enumDescriptions":["An individual therapy session (default).","The first assessment session, before a plan exists.","The client did not attend.","The session was cancelled.","A group session.","A family session.","A session with someone other than the client (e.g. a teacher or relative)."],"default":"therapy"},"cancelled_by":{"title":"Cancelled by","description":"For a `cancelled` session: who cancelled it. A cancellation by the clinician is not a missed session (GP216).","enum":["client","clinician"],"x-enumDescriptions":["The client cancelled (counts as a missed session).","The clinician or the service cancelled (not counted as missed)."]},"start":{"title":"Start time","description":"When the session started, 24-hour HH:MM, e.g. 09:30.","type":"string","pattern":"^([01]\\d|2[0-3]):[0-5]\\d$","examples":["09:30"],"x-expected":"a time like 09:30 (HH:MM, 24-hour)"},"end":{"title":"End time","description":"When the session ended, 24-hour HH:MM, e.g. 10:20.","type":"string","pattern":"^([01]\\d|2[0-3]):[0-5]\\d$","examples":["10:20"],"x-expected":"a time like 10:20 (HH:MM, 24-hour)"},"duration":{"title":"Duration","description":"Length of the session in whole minutes (instead of start and end).","type":"integer","exclusiveMinimum":0,"examples":[50],"x-expected":"a whole number of minutes greater than 0"},"format":{"title":"Note format","description":"The structure of the note body; it decides which section headings are required.","enum":["SOAP","DAP","BIRP","GIRP"],"x-enumDescriptions":["Subjective, Objective, Assessment, Plan.","Data, Assessment, Plan.","Behavior, Intervention, Response, Plan.","Goal, Intervention, Response, Plan."]},"cpt":{"title":"CPT code","description":"Optional billing code, e.g. 90834 (38-52 minutes of psychotherapy).","type":["string","integer"],"examples":["90832","90834","90837"],"x-expected":"a CPT code like 90834"},"modality":{"title":"Modality","description":"How the session was delivered.","enum":["in-person","telehealth","phone"],"x-enumDescriptions":["Face to face.","By video.","By telephone."]},"review":{"title":"Plan review","description":"true when this session is a formal review of the goal plan; then every active goal needs a `decision`.","type":"boolean","default":false,"x-expected":"true or false"},"goals":{"title":"Goals addressed","description":"The plan's goals worked on in this session, by goal id, each with its progress.","type":"object","additionalProperties":{"title":"Goal progress","description":"Progress on one goal in this session: GAS level (`progress`), a measured `value`, a `note`, and at reviews a `decision`.","type":["object","null"],"properties":{"progress":{"title":"Progress (GAS level)","description":"Goal Attainment Scaling level: a whole number from -2 (much less than expected) to 2 (much more than expected); 0 is the expected outcome.","type":"integer","examples":[0,1,-1],"x-expected":"a whole number from -2 to 2"},"value":{"title":"Measured value","description":"The goal's measure in its units (e.g. a count). For an instrument goal, a score under `measures` wins when both are given.","type":"number","x-expected":"a number"},"note":{"title":"Note","description":"A short note on this goal in this session.","type":"string","x-expected":"text"},"decision":{"title":"Review decision","description":"At a plan review: what happens to the goal next.","enum":["continue","revise","met","discontinued"],"x-enumDescriptions":["Keep working on the goal as written.","Rewrite the goal.","The goal has been achieved.","Stop working on the goal."]}},"examples":[{"progress":0,"note":"shared one comment"}],"x-expected":"a mapping like {progress: 0, note: ...}"},"examples":[{"G1":{"progress":0}}],"x-expected":"a mapping from goal ids to progress, e.g. G1: {progress: 0}"},"measures":{"title":"Measures","description":"Instruments administered in this session (built in: PHQ-9, GAD-7, ORS, PCL-5, SRS, C-SSRS, GAS, SUDS, rating, count; or configured in .goalplan.yaml): instrument name to total score, or to {score, items} with the item answers in order.","type":"object","additionalProperties":{"title":"Measure result","description":"A total score, or {score, items: [..]} with the item answers in order.","anyOf":[{"type":"number"},{"type":"object","properties":{"score":{"title":"Score","description":"The total score.","type":"number","x-expected":"a number"},"items":{"title":"Item answers","description":"The answers to the instrument's items, in order, exactly as many as the instrument has (e.g. 9 numbers from 0 to 3 for the PHQ-9, 6 answers 0 or 1 for the C-SSRS screen).","type":"array","items":{"type":"number","x-expected":"a number"},"x-positional":true,"examples":[[1,2,1,0,1,2,1,0,0]],"x-expected":"a list of numbers, e.g. [1, 2, 1, 0, 1, 2, 1, 0, 0]"}}}],"examples":[12,{"score":8,"items":[1,2,1,0,1,2,1,0,0]}],"x-expected":"a score (a number) or a mapping {score, items}"},"examples":[{"PHQ-9":12}],"x-expected":"a mapping from instrument names to scores, e.g. PHQ-9: 12"},"risk":{"title":"Risk assessment","description":"Safety/risk assessment note: required when the session has a positive risk screen (PHQ-9 item 9 above 0, or a C-SSRS screen item answered 1).","type":"string","x-expected":"text"},"client_report":{"title":"Client's report","description":"The client's own account of progress and feelings since the last session (self-report), in the client's words. Shown in the session table of the progress panel and report.","type":"string","x-expected":"text"},"feedback":{"title":"Feedback","description":"What was discussed with the client about the scores and about the therapy itself (how the sessions are going for them). An SRS below its cutoff, or a drop in the SRS, needs it (GP316).","type":"string","x-expected":"text"},"barriers":{"title":"Barriers","description":"Obstacles to progress seen in this session; shown on the progress timeline.","type":"array","items":{"title":"Barrier","description":"One kind of obstacle.","enum":["motivation","ambivalence","external","attendance","homework","other"],"x-enumDescriptions":["Low motivation for change.","Ambivalence about change (wanting and not wanting it).","External factors: work, housing, money, family, health.","Missed or late sessions.","Between-session tasks not done.","Another obstacle (say which in the note)."],"x-expected":"one of motivation, ambivalence, external, attendance, homework, other"},"examples":[["ambivalence","homework"]],"x-expected":"a list of barriers (motivation, ambivalence, external, attendance, homework, other), each line starting with -"},"events":{"title":"Life events","description":"Life events and external factors since the last session, one per line (e.g. \"started a new job\"); shown on the progress timeline at this session's date. No names or other identifiers.","type":"array","items":{"type":"string","x-expected":"text"},"examples":[["moved house"]],"x-expected":"a list of short texts, each line starting with -"},"readiness":{"title":"Readiness","description":"The client's readiness (or confidence) ruler for change: a whole number from 0 (not at all) to 10 (completely); charted as a small series.","type":"integer","minimum":0,"maximum":10,"examples":[7],"x-expected":"a whole number from 0 to 10"},"signed":{"$ref":"common.json#/$defs/signed","title":"Signature","description":"Clinician signature of the note: `by` (initials or staff id) and `date`."}},"additionalProperties":true};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern3.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!(formats0.validate(data))){
const err0 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}
validate86.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.by === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.by !== undefined){
let data0 = data.by;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/by",schemaPath:"#/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.by.type,parentSchema:schema24.properties.by,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.date !== undefined){
if(!(validate65(data.date, {instancePath:instancePath+"/date",parentData:data,parentDataProperty:"date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":{"by":true,"date":true},"dynamicProps":false,"dynamicItems":false};

const pattern10 = new RegExp("^([01]\\d|2[0-3]):[0-5]\\d$", "u");

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://goalplan.invalid/schemas/session-log.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client"},message:"must have required property '"+"client"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.date === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
if("session-log" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "session-log"},message:"must be equal to constant",schema:"session-log",parentSchema:schema30.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.client !== undefined){
if(!(validate84(data.client, {instancePath:instancePath+"/client",parentData:data,parentDataProperty:"client",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
}
if(data.date !== undefined){
if(!(validate86(data.date, {instancePath:instancePath+"/date",parentData:data,parentDataProperty:"date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(!(((((((data3 === "therapy") || (data3 === "intake")) || (data3 === "no-show")) || (data3 === "cancelled")) || (data3 === "group")) || (data3 === "family")) || (data3 === "collateral"))){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema30.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.type.enum,parentSchema:schema30.properties.type,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.cancelled_by !== undefined){
let data4 = data.cancelled_by;
if(!((data4 === "client") || (data4 === "clinician"))){
const err5 = {instancePath:instancePath+"/cancelled_by",schemaPath:"#/properties/cancelled_by/enum",keyword:"enum",params:{allowedValues: schema30.properties.cancelled_by.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.cancelled_by.enum,parentSchema:schema30.properties.cancelled_by,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.start !== undefined){
let data5 = data.start;
if(typeof data5 === "string"){
if(!pattern10.test(data5)){
const err6 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/pattern",keyword:"pattern",params:{pattern: "^([01]\\d|2[0-3]):[0-5]\\d$"},message:"must match pattern \""+"^([01]\\d|2[0-3]):[0-5]\\d$"+"\"",schema:"^([01]\\d|2[0-3]):[0-5]\\d$",parentSchema:schema30.properties.start,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.start.type,parentSchema:schema30.properties.start,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.end !== undefined){
let data6 = data.end;
if(typeof data6 === "string"){
if(!pattern10.test(data6)){
const err8 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/pattern",keyword:"pattern",params:{pattern: "^([01]\\d|2[0-3]):[0-5]\\d$"},message:"must match pattern \""+"^([01]\\d|2[0-3]):[0-5]\\d$"+"\"",schema:"^([01]\\d|2[0-3]):[0-5]\\d$",parentSchema:schema30.properties.end,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.end.type,parentSchema:schema30.properties.end,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.duration !== undefined){
let data7 = data.duration;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err10 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.duration.type,parentSchema:schema30.properties.duration,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 <= 0 || isNaN(data7)){
const err11 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema30.properties.duration,data:data7};
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
if(data.format !== undefined){
let data8 = data.format;
if(!((((data8 === "SOAP") || (data8 === "DAP")) || (data8 === "BIRP")) || (data8 === "GIRP"))){
const err12 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema30.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.format.enum,parentSchema:schema30.properties.format,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.cpt !== undefined){
let data9 = data.cpt;
if((typeof data9 !== "string") && (!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9))))){
const err13 = {instancePath:instancePath+"/cpt",schemaPath:"#/properties/cpt/type",keyword:"type",params:{type: schema30.properties.cpt.type},message:"must be string,integer",schema:schema30.properties.cpt.type,parentSchema:schema30.properties.cpt,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.modality !== undefined){
let data10 = data.modality;
if(!(((data10 === "in-person") || (data10 === "telehealth")) || (data10 === "phone"))){
const err14 = {instancePath:instancePath+"/modality",schemaPath:"#/properties/modality/enum",keyword:"enum",params:{allowedValues: schema30.properties.modality.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.modality.enum,parentSchema:schema30.properties.modality,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.review !== undefined){
let data11 = data.review;
if(typeof data11 !== "boolean"){
const err15 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.review.type,parentSchema:schema30.properties.review,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.goals !== undefined){
let data12 = data.goals;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key0 in data12){
let data13 = data12[key0];
if((!(data13 && typeof data13 == "object" && !Array.isArray(data13))) && (data13 !== null)){
const err16 = {instancePath:instancePath+"/goals/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/goals/additionalProperties/type",keyword:"type",params:{type: schema30.properties.goals.additionalProperties.type},message:"must be object,null",schema:schema30.properties.goals.additionalProperties.type,parentSchema:schema30.properties.goals.additionalProperties,data:data13};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.progress !== undefined){
let data14 = data13.progress;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err17 = {instancePath:instancePath+"/goals/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/progress",schemaPath:"#/properties/goals/additionalProperties/properties/progress/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.goals.additionalProperties.properties.progress.type,parentSchema:schema30.properties.goals.additionalProperties.properties.progress,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data13.value !== undefined){
let data15 = data13.value;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err18 = {instancePath:instancePath+"/goals/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/goals/additionalProperties/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema30.properties.goals.additionalProperties.properties.value.type,parentSchema:schema30.properties.goals.additionalProperties.properties.value,data:data15};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data13.note !== undefined){
let data16 = data13.note;
if(typeof data16 !== "string"){
const err19 = {instancePath:instancePath+"/goals/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/note",schemaPath:"#/properties/goals/additionalProperties/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.goals.additionalProperties.properties.note.type,parentSchema:schema30.properties.goals.additionalProperties.properties.note,data:data16};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data13.decision !== undefined){
let data17 = data13.decision;
if(!((((data17 === "continue") || (data17 === "revise")) || (data17 === "met")) || (data17 === "discontinued"))){
const err20 = {instancePath:instancePath+"/goals/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/decision",schemaPath:"#/properties/goals/additionalProperties/properties/decision/enum",keyword:"enum",params:{allowedValues: schema30.properties.goals.additionalProperties.properties.decision.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.goals.additionalProperties.properties.decision.enum,parentSchema:schema30.properties.goals.additionalProperties.properties.decision,data:data17};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/goals",schemaPath:"#/properties/goals/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.goals.type,parentSchema:schema30.properties.goals,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.measures !== undefined){
let data18 = data.measures;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key1 in data18){
let data19 = data18[key1];
const _errs35 = errors;
let valid4 = false;
const _errs36 = errors;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err22 = {instancePath:instancePath+"/measures/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/measures/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema30.properties.measures.additionalProperties.anyOf[0].type,parentSchema:schema30.properties.measures.additionalProperties.anyOf[0],data:data19};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs36 === errors;
valid4 = valid4 || _valid0;
const _errs38 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.score !== undefined){
let data20 = data19.score;
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err23 = {instancePath:instancePath+"/measures/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/score",schemaPath:"#/properties/measures/additionalProperties/anyOf/1/properties/score/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema30.properties.measures.additionalProperties.anyOf[1].properties.score.type,parentSchema:schema30.properties.measures.additionalProperties.anyOf[1].properties.score,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data19.items !== undefined){
let data21 = data19.items;
if(Array.isArray(data21)){
const len0 = data21.length;
for(let i0=0; i0<len0; i0++){
let data22 = data21[i0];
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err24 = {instancePath:instancePath+"/measures/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/items/" + i0,schemaPath:"#/properties/measures/additionalProperties/anyOf/1/properties/items/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema30.properties.measures.additionalProperties.anyOf[1].properties.items.items.type,parentSchema:schema30.properties.measures.additionalProperties.anyOf[1].properties.items.items,data:data22};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/measures/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/items",schemaPath:"#/properties/measures/additionalProperties/anyOf/1/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.measures.additionalProperties.anyOf[1].properties.items.type,parentSchema:schema30.properties.measures.additionalProperties.anyOf[1].properties.items,data:data21};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/measures/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/measures/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.measures.additionalProperties.anyOf[1].type,parentSchema:schema30.properties.measures.additionalProperties.anyOf[1],data:data19};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs38 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
var props0 = {};
props0.score = true;
props0.items = true;
}
if(!valid4){
const err27 = {instancePath:instancePath+"/measures/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/measures/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema30.properties.measures.additionalProperties.anyOf,parentSchema:schema30.properties.measures.additionalProperties,data:data19};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/measures",schemaPath:"#/properties/measures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.properties.measures.type,parentSchema:schema30.properties.measures,data:data18};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.risk !== undefined){
let data23 = data.risk;
if(typeof data23 !== "string"){
const err29 = {instancePath:instancePath+"/risk",schemaPath:"#/properties/risk/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.risk.type,parentSchema:schema30.properties.risk,data:data23};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.client_report !== undefined){
let data24 = data.client_report;
if(typeof data24 !== "string"){
const err30 = {instancePath:instancePath+"/client_report",schemaPath:"#/properties/client_report/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.client_report.type,parentSchema:schema30.properties.client_report,data:data24};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.feedback !== undefined){
let data25 = data.feedback;
if(typeof data25 !== "string"){
const err31 = {instancePath:instancePath+"/feedback",schemaPath:"#/properties/feedback/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.feedback.type,parentSchema:schema30.properties.feedback,data:data25};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.barriers !== undefined){
let data26 = data.barriers;
if(Array.isArray(data26)){
const len1 = data26.length;
for(let i1=0; i1<len1; i1++){
let data27 = data26[i1];
if(!((((((data27 === "motivation") || (data27 === "ambivalence")) || (data27 === "external")) || (data27 === "attendance")) || (data27 === "homework")) || (data27 === "other"))){
const err32 = {instancePath:instancePath+"/barriers/" + i1,schemaPath:"#/properties/barriers/items/enum",keyword:"enum",params:{allowedValues: schema30.properties.barriers.items.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.barriers.items.enum,parentSchema:schema30.properties.barriers.items,data:data27};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/barriers",schemaPath:"#/properties/barriers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.barriers.type,parentSchema:schema30.properties.barriers,data:data26};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.events !== undefined){
let data28 = data.events;
if(Array.isArray(data28)){
const len2 = data28.length;
for(let i2=0; i2<len2; i2++){
let data29 = data28[i2];
if(typeof data29 !== "string"){
const err34 = {instancePath:instancePath+"/events/" + i2,schemaPath:"#/properties/events/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.events.items.type,parentSchema:schema30.properties.events.items,data:data29};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.events.type,parentSchema:schema30.properties.events,data:data28};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.readiness !== undefined){
let data30 = data.readiness;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err36 = {instancePath:instancePath+"/readiness",schemaPath:"#/properties/readiness/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema30.properties.readiness.type,parentSchema:schema30.properties.readiness,data:data30};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 10 || isNaN(data30)){
const err37 = {instancePath:instancePath+"/readiness",schemaPath:"#/properties/readiness/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema30.properties.readiness,data:data30};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data30 < 0 || isNaN(data30)){
const err38 = {instancePath:instancePath+"/readiness",schemaPath:"#/properties/readiness/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30.properties.readiness,data:data30};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data.signed !== undefined){
if(!(validate88(data.signed, {instancePath:instancePath+"/signed",parentData:data,parentDataProperty:"signed",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.dischargeSummary = validate91;
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://goalplan.invalid/schemas/discharge-summary.json","title":"Discharge summary front matter","description":"The YAML front matter of a discharge summary, one per episode of care: when and why care ended, each goal's outcome, the first and last scores of the measures, and referrals. The body has the sections Summary, Progress and Recommendations.","type":"object","required":["kind","client","date","reason"],"properties":{"kind":{"title":"File kind","description":"Marks this Markdown file as a discharge summary.","const":"discharge-summary","examples":["discharge-summary"]},"client":{"$ref":"common.json#/$defs/code","title":"Client","description":"The client's pseudonymous code, the same as in their goal plan, e.g. C-0142.","examples":["C-0142"]},"date":{"$ref":"common.json#/$defs/date","title":"Date of discharge","description":"The date care ended (YYYY-MM-DD). The summary belongs to the plan a session of this date would belong to."},"reason":{"title":"Reason for discharge","description":"Why the episode of care ended.","enum":["goals-met","client-choice","referral","moved","no-contact","other"],"x-enumDescriptions":["The client met the goals of the plan.","The client chose to end care.","The client was referred to another service.","The client moved away.","The client could not be reached.","Another reason (say which in the Summary section)."]},"goals":{"title":"Goal outcomes","description":"One entry per goal of the plan that was active when care ended: its outcome and an optional note.","type":"object","additionalProperties":{"title":"Goal outcome","description":"The outcome of one goal (`outcome`: met, partly-met or not-met) and an optional `note`.","type":"object","required":["outcome"],"properties":{"outcome":{"title":"Outcome","description":"How far the goal was reached when care ended.","enum":["met","partly-met","not-met"],"x-enumDescriptions":["The goal was met.","Reliable improvement, but the goal was not met.","No reliable improvement."]},"note":{"title":"Note","description":"A short note on the goal's outcome.","type":"string","x-expected":"text"}},"examples":[{"outcome":"partly-met"}],"x-expected":"a mapping with `outcome` (met, partly-met or not-met) and an optional `note`"},"examples":[{"G1":{"outcome":"met"}}],"x-expected":"a mapping from goal ids to outcomes, e.g. G1: {outcome: met}"},"measures":{"title":"Scores at the start and end of care","description":"Per instrument, the first and last held scores of the episode.","type":"object","additionalProperties":{"title":"First and last score","description":"`first`: the first held score of the episode; `last`: the last one.","type":"object","properties":{"first":{"title":"First score","description":"The first held score of the episode.","type":"number","x-expected":"a number"},"last":{"title":"Last score","description":"The last held score of the episode.","type":"number","x-expected":"a number"}},"examples":[{"first":16,"last":8}],"x-expected":"a mapping with `first` and `last` scores"},"examples":[{"PHQ-9":{"first":16,"last":8}}],"x-expected":"a mapping from instrument names to {first, last}"},"referrals":{"title":"Referrals","description":"Services the client was referred to, one per line.","type":"array","items":{"type":"string","x-expected":"text"},"x-expected":"a list of referrals, each line starting with -"},"signed":{"$ref":"common.json#/$defs/signed","title":"Signature","description":"Clinician signature of the summary: `by` (initials or staff id) and `date`."}},"additionalProperties":true};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern3.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!(formats0.validate(data))){
const err0 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.by === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.by !== undefined){
let data0 = data.by;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/by",schemaPath:"#/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.by.type,parentSchema:schema24.properties.by,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.date !== undefined){
if(!(validate65(data.date, {instancePath:instancePath+"/date",parentData:data,parentDataProperty:"date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"props":{"by":true,"date":true},"dynamicProps":false,"dynamicItems":false};


function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://goalplan.invalid/schemas/discharge-summary.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client"},message:"must have required property '"+"client"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.date === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.reason === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
if("discharge-summary" !== data0){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "discharge-summary"},message:"must be equal to constant",schema:"discharge-summary",parentSchema:schema34.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.client !== undefined){
if(!(validate92(data.client, {instancePath:instancePath+"/client",parentData:data,parentDataProperty:"client",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
}
if(data.date !== undefined){
if(!(validate94(data.date, {instancePath:instancePath+"/date",parentData:data,parentDataProperty:"date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
if(data.reason !== undefined){
let data3 = data.reason;
if(!((((((data3 === "goals-met") || (data3 === "client-choice")) || (data3 === "referral")) || (data3 === "moved")) || (data3 === "no-contact")) || (data3 === "other"))){
const err5 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema34.properties.reason.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.reason.enum,parentSchema:schema34.properties.reason,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.goals !== undefined){
let data4 = data.goals;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key0 in data4){
let data5 = data4[key0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.outcome === undefined){
const err6 = {instancePath:instancePath+"/goals/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/goals/additionalProperties/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'",schema:schema34.properties.goals.additionalProperties.required,parentSchema:schema34.properties.goals.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data5.outcome !== undefined){
let data6 = data5.outcome;
if(!(((data6 === "met") || (data6 === "partly-met")) || (data6 === "not-met"))){
const err7 = {instancePath:instancePath+"/goals/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/outcome",schemaPath:"#/properties/goals/additionalProperties/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema34.properties.goals.additionalProperties.properties.outcome.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.goals.additionalProperties.properties.outcome.enum,parentSchema:schema34.properties.goals.additionalProperties.properties.outcome,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data5.note !== undefined){
let data7 = data5.note;
if(typeof data7 !== "string"){
const err8 = {instancePath:instancePath+"/goals/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/note",schemaPath:"#/properties/goals/additionalProperties/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.goals.additionalProperties.properties.note.type,parentSchema:schema34.properties.goals.additionalProperties.properties.note,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/goals/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/goals/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.goals.additionalProperties.type,parentSchema:schema34.properties.goals.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/goals",schemaPath:"#/properties/goals/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.goals.type,parentSchema:schema34.properties.goals,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.measures !== undefined){
let data8 = data.measures;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
let data9 = data8[key1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.first !== undefined){
let data10 = data9.first;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err11 = {instancePath:instancePath+"/measures/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/first",schemaPath:"#/properties/measures/additionalProperties/properties/first/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.properties.measures.additionalProperties.properties.first.type,parentSchema:schema34.properties.measures.additionalProperties.properties.first,data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data9.last !== undefined){
let data11 = data9.last;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err12 = {instancePath:instancePath+"/measures/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/last",schemaPath:"#/properties/measures/additionalProperties/properties/last/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.properties.measures.additionalProperties.properties.last.type,parentSchema:schema34.properties.measures.additionalProperties.properties.last,data:data11};
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
else {
const err13 = {instancePath:instancePath+"/measures/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/measures/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.measures.additionalProperties.type,parentSchema:schema34.properties.measures.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/measures",schemaPath:"#/properties/measures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.measures.type,parentSchema:schema34.properties.measures,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.referrals !== undefined){
let data12 = data.referrals;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(typeof data13 !== "string"){
const err15 = {instancePath:instancePath+"/referrals/" + i0,schemaPath:"#/properties/referrals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.referrals.items.type,parentSchema:schema34.properties.referrals.items,data:data13};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/referrals",schemaPath:"#/properties/referrals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.referrals.type,parentSchema:schema34.properties.referrals,data:data12};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.signed !== undefined){
if(!(validate96(data.signed, {instancePath:instancePath+"/signed",parentData:data,parentDataProperty:"signed",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.config = validate99;
const schema38 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://goalplan.invalid/schemas/goalplan-config.json","title":"GoalPlan configuration (.goalplan.yaml)","description":"Settings for GoalPlan checks. Every .goalplan.yaml from the workspace root down to a file's folder applies; the nearer file overrides the farther one key by key, and `root: true` stops the search upward.","type":"object","properties":{"root":{"title":"Root","description":"true stops the search for further .goalplan.yaml files in parent folders.","type":"boolean","default":false,"x-expected":"true or false"},"rules":{"title":"Rules","description":"Severity of each rule by id (GP101) or alias (vague-wording): error, warning, info or off; or {severity, options}.","type":"object","properties":{"GP001":{"$ref":"#/$defs/ruleSetting","title":"GP001 yaml-syntax","description":"GP001 (yaml-syntax), default error: front matter or goal block is not valid YAML (at the YAML error)"},"yaml-syntax":{"$ref":"#/$defs/ruleSetting","title":"GP001 yaml-syntax","description":"GP001 (yaml-syntax), default error: front matter or goal block is not valid YAML (at the YAML error)"},"GP002":{"$ref":"#/$defs/ruleSetting","title":"GP002 schema","description":"GP002 (schema), default error: schema violation: wrong type, unknown enum value, invalid date, missing required key"},"schema":{"$ref":"#/$defs/ruleSetting","title":"GP002 schema","description":"GP002 (schema), default error: schema violation: wrong type, unknown enum value, invalid date, missing required key"},"GP003":{"$ref":"#/$defs/ruleSetting","title":"GP003 duplicate-id","description":"GP003 (duplicate-id), default error: two goals (or two problems) share an id"},"duplicate-id":{"$ref":"#/$defs/ruleSetting","title":"GP003 duplicate-id","description":"GP003 (duplicate-id), default error: two goals (or two problems) share an id"},"GP004":{"$ref":"#/$defs/ruleSetting","title":"GP004 file-too-large","description":"GP004 (file-too-large), default warning: file larger than the configured limit (default 5 MB): not parsed, one diagnostic at line 1"},"file-too-large":{"$ref":"#/$defs/ruleSetting","title":"GP004 file-too-large","description":"GP004 (file-too-large), default warning: file larger than the configured limit (default 5 MB): not parsed, one diagnostic at line 1"},"GP005":{"$ref":"#/$defs/ruleSetting","title":"GP005 unknown-kind","description":"GP005 (unknown-kind), default warning: `kind` is a near miss of goal-plan / session-log"},"unknown-kind":{"$ref":"#/$defs/ruleSetting","title":"GP005 unknown-kind","description":"GP005 (unknown-kind), default warning: `kind` is a near miss of goal-plan / session-log"},"GP101":{"$ref":"#/$defs/ruleSetting","title":"GP101 vague-wording","description":"GP101 (vague-wording), default warning: statement contains a vague phrase from the configured list (default: feel better, feel good, be happy, be happier, improve mood, improve coping, reduce…"},"vague-wording":{"$ref":"#/$defs/ruleSetting","title":"GP101 vague-wording","description":"GP101 (vague-wording), default warning: statement contains a vague phrase from the configured list (default: feel better, feel good, be happy, be happier, improve mood, improve coping, reduce…"},"GP102":{"$ref":"#/$defs/ruleSetting","title":"GP102 statement-too-short","description":"GP102 (statement-too-short), default warning: statement has fewer than 6 words"},"statement-too-short":{"$ref":"#/$defs/ruleSetting","title":"GP102 statement-too-short","description":"GP102 (statement-too-short), default warning: statement has fewer than 6 words"},"GP103":{"$ref":"#/$defs/ruleSetting","title":"GP103 not-measurable","description":"GP103 (not-measurable), default warning: no measure with baseline and target, and no digit in the statement"},"not-measurable":{"$ref":"#/$defs/ruleSetting","title":"GP103 not-measurable","description":"GP103 (not-measurable), default warning: no measure with baseline and target, and no digit in the statement"},"GP104":{"$ref":"#/$defs/ruleSetting","title":"GP104 out-of-range","description":"GP104 (out-of-range), default error: baseline or target outside the instrument's range"},"out-of-range":{"$ref":"#/$defs/ruleSetting","title":"GP104 out-of-range","description":"GP104 (out-of-range), default error: baseline or target outside the instrument's range"},"GP105":{"$ref":"#/$defs/ruleSetting","title":"GP105 wrong-direction","description":"GP105 (wrong-direction), default error: target is not better than baseline for an instrument with a fixed direction (never for count or rating)"},"wrong-direction":{"$ref":"#/$defs/ruleSetting","title":"GP105 wrong-direction","description":"GP105 (wrong-direction), default error: target is not better than baseline for an instrument with a fixed direction (never for count or rating)"},"GP106":{"$ref":"#/$defs/ruleSetting","title":"GP106 unrealistic","description":"GP106 (unrealistic), default warning: for instruments with an RC: |target − baseline| ÷ RC ÷ weeks(start → due) > 0.5 (weeks = days ÷ 7, fractional), or a short-term goal whose |target −…"},"unrealistic":{"$ref":"#/$defs/ruleSetting","title":"GP106 unrealistic","description":"GP106 (unrealistic), default warning: for instruments with an RC: |target − baseline| ÷ RC ÷ weeks(start → due) > 0.5 (weeks = days ÷ 7, fractional), or a short-term goal whose |target −…"},"GP107":{"$ref":"#/$defs/ruleSetting","title":"GP107 no-problem-link","description":"GP107 (no-problem-link), default warning: goal has no `problem`"},"no-problem-link":{"$ref":"#/$defs/ruleSetting","title":"GP107 no-problem-link","description":"GP107 (no-problem-link), default warning: goal has no `problem`"},"GP108":{"$ref":"#/$defs/ruleSetting","title":"GP108 no-due-date","description":"GP108 (no-due-date), default error: goal lacks `due`, or due is not after start"},"no-due-date":{"$ref":"#/$defs/ruleSetting","title":"GP108 no-due-date","description":"GP108 (no-due-date), default error: goal lacks `due`, or due is not after start"},"GP109":{"$ref":"#/$defs/ruleSetting","title":"GP109 horizon-mismatch","description":"GP109 (horizon-mismatch), default warning: due − start: more than 90 days for a short-term goal, or fewer than 30 for a long-term goal"},"horizon-mismatch":{"$ref":"#/$defs/ruleSetting","title":"GP109 horizon-mismatch","description":"GP109 (horizon-mismatch), default warning: due − start: more than 90 days for a short-term goal, or fewer than 30 for a long-term goal"},"GP110":{"$ref":"#/$defs/ruleSetting","title":"GP110 too-many-goals","description":"GP110 (too-many-goals), default info: more than 5 goals active today"},"too-many-goals":{"$ref":"#/$defs/ruleSetting","title":"GP110 too-many-goals","description":"GP110 (too-many-goals), default info: more than 5 goals active today"},"GP111":{"$ref":"#/$defs/ruleSetting","title":"GP111 no-intervention","description":"GP111 (no-intervention), default info: active goal lists no intervention"},"no-intervention":{"$ref":"#/$defs/ruleSetting","title":"GP111 no-intervention","description":"GP111 (no-intervention), default info: active goal lists no intervention"},"GP112":{"$ref":"#/$defs/ruleSetting","title":"GP112 unknown-parent","description":"GP112 (unknown-parent), default error: `parent` names no goal of the plan, or names a goal that is not long-term"},"unknown-parent":{"$ref":"#/$defs/ruleSetting","title":"GP112 unknown-parent","description":"GP112 (unknown-parent), default error: `parent` names no goal of the plan, or names a goal that is not long-term"},"GP113":{"$ref":"#/$defs/ruleSetting","title":"GP113 unknown-problem","description":"GP113 (unknown-problem), default error: `problem` names an id the plan's problems lack"},"unknown-problem":{"$ref":"#/$defs/ruleSetting","title":"GP113 unknown-problem","description":"GP113 (unknown-problem), default error: `problem` names an id the plan's problems lack"},"GP115":{"$ref":"#/$defs/ruleSetting","title":"GP115 no-client-words","description":"GP115 (no-client-words), default info: an active goal has no `client_words`"},"no-client-words":{"$ref":"#/$defs/ruleSetting","title":"GP115 no-client-words","description":"GP115 (no-client-words), default info: an active goal has no `client_words`"},"GP117":{"$ref":"#/$defs/ruleSetting","title":"GP117 revised-no-successor","description":"GP117 (revised-no-successor), default info: a goal with status `revised` is not named by any goal's `replaces`"},"revised-no-successor":{"$ref":"#/$defs/ruleSetting","title":"GP117 revised-no-successor","description":"GP117 (revised-no-successor), default info: a goal with status `revised` is not named by any goal's `replaces`"},"GP118":{"$ref":"#/$defs/ruleSetting","title":"GP118 unknown-replaces","description":"GP118 (unknown-replaces), default error: `replaces` names no goal of the plan, or itself"},"unknown-replaces":{"$ref":"#/$defs/ruleSetting","title":"GP118 unknown-replaces","description":"GP118 (unknown-replaces), default error: `replaces` names no goal of the plan, or itself"},"GP201":{"$ref":"#/$defs/ruleSetting","title":"GP201 review-missing","description":"GP201 (review-missing), default error: plan lacks review.next"},"review-missing":{"$ref":"#/$defs/ruleSetting","title":"GP201 review-missing","description":"GP201 (review-missing), default error: plan lacks review.next"},"GP202":{"$ref":"#/$defs/ruleSetting","title":"GP202 review-overdue","description":"GP202 (review-overdue), default warning: today is after review.next and no session with `review: true` is dated on or after review.next"},"review-overdue":{"$ref":"#/$defs/ruleSetting","title":"GP202 review-overdue","description":"GP202 (review-overdue), default warning: today is after review.next and no session with `review: true` is dated on or after review.next"},"GP203":{"$ref":"#/$defs/ruleSetting","title":"GP203 review-due-soon","description":"GP203 (review-due-soon), default info: review.next is within 14 days of today (configurable)"},"review-due-soon":{"$ref":"#/$defs/ruleSetting","title":"GP203 review-due-soon","description":"GP203 (review-due-soon), default info: review.next is within 14 days of today (configurable)"},"GP204":{"$ref":"#/$defs/ruleSetting","title":"GP204 review-interval","description":"GP204 (review-interval), default warning: review.next − review.last exceeds review.every, or review.every exceeds review.maxInterval"},"review-interval":{"$ref":"#/$defs/ruleSetting","title":"GP204 review-interval","description":"GP204 (review-interval), default warning: review.next − review.last exceeds review.every, or review.every exceeds review.maxInterval"},"GP205":{"$ref":"#/$defs/ruleSetting","title":"GP205 goal-past-due","description":"GP205 (goal-past-due), default warning: goal with status active whose due date is before today; fixes: mark met / revised / discontinued, extend due"},"goal-past-due":{"$ref":"#/$defs/ruleSetting","title":"GP205 goal-past-due","description":"GP205 (goal-past-due), default warning: goal with status active whose due date is before today; fixes: mark met / revised / discontinued, extend due"},"GP206":{"$ref":"#/$defs/ruleSetting","title":"GP206 review-incomplete","description":"GP206 (review-incomplete), default warning: a session with `review: true` lacks a decision for a goal active on its date"},"review-incomplete":{"$ref":"#/$defs/ruleSetting","title":"GP206 review-incomplete","description":"GP206 (review-incomplete), default warning: a session with `review: true` lacks a decision for a goal active on its date"},"GP207":{"$ref":"#/$defs/ruleSetting","title":"GP207 review-dates","description":"GP207 (review-dates), default error: review.last after today, or review.next not after review.last"},"review-dates":{"$ref":"#/$defs/ruleSetting","title":"GP207 review-dates","description":"GP207 (review-dates), default error: review.last after today, or review.next not after review.last"},"GP209":{"$ref":"#/$defs/ruleSetting","title":"GP209 no-client-agreement","description":"GP209 (no-client-agreement), default warning: more than 14 days (`agreementGraceDays`) after `created`, the plan has no `agreement` dated on or after `created`"},"no-client-agreement":{"$ref":"#/$defs/ruleSetting","title":"GP209 no-client-agreement","description":"GP209 (no-client-agreement), default warning: more than 14 days (`agreementGraceDays`) after `created`, the plan has no `agreement` dated on or after `created`"},"GP210":{"$ref":"#/$defs/ruleSetting","title":"GP210 unsigned-plan","description":"GP210 (unsigned-plan), default info: the plan has no `signed`"},"unsigned-plan":{"$ref":"#/$defs/ruleSetting","title":"GP210 unsigned-plan","description":"GP210 (unsigned-plan), default info: the plan has no `signed`"},"GP211":{"$ref":"#/$defs/ruleSetting","title":"GP211 no-strengths","description":"GP211 (no-strengths), default info: the plan has no `assessment.strengths` (or it is empty)"},"no-strengths":{"$ref":"#/$defs/ruleSetting","title":"GP211 no-strengths","description":"GP211 (no-strengths), default info: the plan has no `assessment.strengths` (or it is empty)"},"GP301":{"$ref":"#/$defs/ruleSetting","title":"GP301 unknown-goal","description":"GP301 (unknown-goal), default error: `goals` names an id its plan lacks"},"unknown-goal":{"$ref":"#/$defs/ruleSetting","title":"GP301 unknown-goal","description":"GP301 (unknown-goal), default error: `goals` names an id its plan lacks"},"GP302":{"$ref":"#/$defs/ruleSetting","title":"GP302 inactive-goal","description":"GP302 (inactive-goal), default warning: `goals` names a goal not active on the session date"},"inactive-goal":{"$ref":"#/$defs/ruleSetting","title":"GP302 inactive-goal","description":"GP302 (inactive-goal), default warning: `goals` names a goal not active on the session date"},"GP303":{"$ref":"#/$defs/ruleSetting","title":"GP303 no-goal-addressed","description":"GP303 (no-goal-addressed), default warning: `goals` is missing or empty"},"no-goal-addressed":{"$ref":"#/$defs/ruleSetting","title":"GP303 no-goal-addressed","description":"GP303 (no-goal-addressed), default warning: `goals` is missing or empty"},"GP304":{"$ref":"#/$defs/ruleSetting","title":"GP304 value-out-of-range","description":"GP304 (value-out-of-range), default error: progress outside -2..2; a score in `measures`, or the `value` of an instrument goal, outside the instrument's range; an item answer outside its item range"},"value-out-of-range":{"$ref":"#/$defs/ruleSetting","title":"GP304 value-out-of-range","description":"GP304 (value-out-of-range), default error: progress outside -2..2; a score in `measures`, or the `value` of an instrument goal, outside the instrument's range; an item answer outside its item range"},"GP305":{"$ref":"#/$defs/ruleSetting","title":"GP305 missing-section","description":"GP305 (missing-section), default warning: a section of the declared format is missing or empty"},"missing-section":{"$ref":"#/$defs/ruleSetting","title":"GP305 missing-section","description":"GP305 (missing-section), default warning: a section of the declared format is missing or empty"},"GP306":{"$ref":"#/$defs/ruleSetting","title":"GP306 future-session","description":"GP306 (future-session), default error: session date after today"},"future-session":{"$ref":"#/$defs/ruleSetting","title":"GP306 future-session","description":"GP306 (future-session), default error: session date after today"},"GP307":{"$ref":"#/$defs/ruleSetting","title":"GP307 no-plan","description":"GP307 (no-plan), default error: the client has no goal plan"},"no-plan":{"$ref":"#/$defs/ruleSetting","title":"GP307 no-plan","description":"GP307 (no-plan), default error: the client has no goal plan"},"GP308":{"$ref":"#/$defs/ruleSetting","title":"GP308 cpt-duration","description":"GP308 (cpt-duration), default warning: CPT 90832 needs 16-37 min, 90834 38-52, 90837 ≥ 53 (duration, or end − start); other codes unchecked"},"cpt-duration":{"$ref":"#/$defs/ruleSetting","title":"GP308 cpt-duration","description":"GP308 (cpt-duration), default warning: CPT 90832 needs 16-37 min, 90834 38-52, 90837 ≥ 53 (duration, or end − start); other codes unchecked"},"GP309":{"$ref":"#/$defs/ruleSetting","title":"GP309 duplicate-note","description":"GP309 (duplicate-note), default info: note body nearly identical to another session's (copy-paste)"},"duplicate-note":{"$ref":"#/$defs/ruleSetting","title":"GP309 duplicate-note","description":"GP309 (duplicate-note), default info: note body nearly identical to another session's (copy-paste)"},"GP310":{"$ref":"#/$defs/ruleSetting","title":"GP310 unsupported-claim","description":"GP310 (unsupported-claim), default info: a goal marked met while its measure change from baseline is smaller than the instrument's RC"},"unsupported-claim":{"$ref":"#/$defs/ruleSetting","title":"GP310 unsupported-claim","description":"GP310 (unsupported-claim), default info: a goal marked met while its measure change from baseline is smaller than the instrument's RC"},"GP311":{"$ref":"#/$defs/ruleSetting","title":"GP311 outside-plan-period","description":"GP311 (outside-plan-period), default warning: session date before the plan's created or after its closed"},"outside-plan-period":{"$ref":"#/$defs/ruleSetting","title":"GP311 outside-plan-period","description":"GP311 (outside-plan-period), default warning: session date before the plan's created or after its closed"},"GP312":{"$ref":"#/$defs/ruleSetting","title":"GP312 unsigned-note","description":"GP312 (unsigned-note), default info: no `signed`"},"unsigned-note":{"$ref":"#/$defs/ruleSetting","title":"GP312 unsigned-note","description":"GP312 (unsigned-note), default info: no `signed`"},"GP313":{"$ref":"#/$defs/ruleSetting","title":"GP313 late-signature","description":"GP313 (late-signature), default info: signed.date more than 3 days after the session date (configurable)"},"late-signature":{"$ref":"#/$defs/ruleSetting","title":"GP313 late-signature","description":"GP313 (late-signature), default info: signed.date more than 3 days after the session date (configurable)"},"GP314":{"$ref":"#/$defs/ruleSetting","title":"GP314 reliable-deterioration","description":"GP314 (reliable-deterioration), default warning: an instrument score worse than the goal's baseline by at least the RC (raw values; skipped when the baseline has GP104 or the score GP304; GP310 likewise)"},"reliable-deterioration":{"$ref":"#/$defs/ruleSetting","title":"GP314 reliable-deterioration","description":"GP314 (reliable-deterioration), default warning: an instrument score worse than the goal's baseline by at least the RC (raw values; skipped when the baseline has GP104 or the score GP304; GP310 likewise)"},"GP315":{"$ref":"#/$defs/ruleSetting","title":"GP315 risk-item","description":"GP315 (risk-item), default warning: PHQ-9 item 9 answered above 0 and the session has no `risk` note"},"risk-item":{"$ref":"#/$defs/ruleSetting","title":"GP315 risk-item","description":"GP315 (risk-item), default warning: PHQ-9 item 9 answered above 0 and the session has no `risk` note"},"GP401":{"$ref":"#/$defs/ruleSetting","title":"GP401 phi-identifier","description":"GP401 (phi-identifier), default warning: a direct identifier in prose or free-text values (statement, text, note, interventions, risk): phone numbers (10 to 15 digits in groups separated by spaces,…"},"phi-identifier":{"$ref":"#/$defs/ruleSetting","title":"GP401 phi-identifier","description":"GP401 (phi-identifier), default warning: a direct identifier in prose or free-text values (statement, text, note, interventions, risk): phone numbers (10 to 15 digits in groups separated by spaces,…"},"GP006":{"$ref":"#/$defs/ruleSetting","title":"GP006 unknown-instrument","description":"GP006 (unknown-instrument), default warning: An instrument name (goal measure, `measures`, `monitor` or `expected` key) is neither built in nor configured."},"unknown-instrument":{"$ref":"#/$defs/ruleSetting","title":"GP006 unknown-instrument","description":"GP006 (unknown-instrument), default warning: An instrument name (goal measure, `measures`, `monitor` or `expected` key) is neither built in nor configured."},"GP114":{"$ref":"#/$defs/ruleSetting","title":"GP114 absolute-wording","description":"GP114 (absolute-wording), default warning: Goal statement uses an absolute (never, always, completely, 100%, ...): all-or-nothing goals set the client up to fail."},"absolute-wording":{"$ref":"#/$defs/ruleSetting","title":"GP114 absolute-wording","description":"GP114 (absolute-wording), default warning: Goal statement uses an absolute (never, always, completely, 100%, ...): all-or-nothing goals set the client up to fail."},"GP213":{"$ref":"#/$defs/ruleSetting","title":"GP213 no-discharge-summary","description":"GP213 (no-discharge-summary), default warning: The plan is closed more than 15 days (`dischargeGraceDays`) before today and no discharge summary belongs to it."},"no-discharge-summary":{"$ref":"#/$defs/ruleSetting","title":"GP213 no-discharge-summary","description":"GP213 (no-discharge-summary), default warning: The plan is closed more than 15 days (`dischargeGraceDays`) before today and no discharge summary belongs to it."},"GP501":{"$ref":"#/$defs/ruleSetting","title":"GP501 discharge-goals","description":"GP501 (discharge-goals), default warning: A goal active when the plan closed has no entry in `goals`, or `goals` names an id the plan lacks."},"discharge-goals":{"$ref":"#/$defs/ruleSetting","title":"GP501 discharge-goals","description":"GP501 (discharge-goals), default warning: A goal active when the plan closed has no entry in `goals`, or `goals` names an id the plan lacks."},"GP502":{"$ref":"#/$defs/ruleSetting","title":"GP502 discharge-measures","description":"GP502 (discharge-measures), default info: An instrument with an RC, or one measuring a goal, is scored in the plan's held sessions and missing from `measures`, or a first/last differs from the first/last held score."},"discharge-measures":{"$ref":"#/$defs/ruleSetting","title":"GP502 discharge-measures","description":"GP502 (discharge-measures), default info: An instrument with an RC, or one measuring a goal, is scored in the plan's held sessions and missing from `measures`, or a first/last differs from the first/last held score."},"GP212":{"$ref":"#/$defs/ruleSetting","title":"GP212 closed-plan-open-goals","description":"GP212 (closed-plan-open-goals), default warning: A closed plan still has goals with status active or on-hold; fixes: mark met / discontinued."},"closed-plan-open-goals":{"$ref":"#/$defs/ruleSetting","title":"GP212 closed-plan-open-goals","description":"GP212 (closed-plan-open-goals), default warning: A closed plan still has goals with status active or on-hold; fixes: mark met / discontinued."},"GP208":{"$ref":"#/$defs/ruleSetting","title":"GP208 review-not-recorded","description":"GP208 (review-not-recorded), default warning: A held review session of the plan dated after review.last is more than 7 days old and the plan was not updated."},"review-not-recorded":{"$ref":"#/$defs/ruleSetting","title":"GP208 review-not-recorded","description":"GP208 (review-not-recorded), default warning: A held review session of the plan dated after review.last is more than 7 days old and the plan was not updated."},"GP116":{"$ref":"#/$defs/ruleSetting","title":"GP116 baseline-mismatch","description":"GP116 (baseline-mismatch), default info: A goal's baseline differs by at least the instrument's RC from the client's score at the goal's start."},"baseline-mismatch":{"$ref":"#/$defs/ruleSetting","title":"GP116 baseline-mismatch","description":"GP116 (baseline-mismatch), default info: A goal's baseline differs by at least the instrument's RC from the client's score at the goal's start."},"GP317":{"$ref":"#/$defs/ruleSetting","title":"GP317 decision-not-applied","description":"GP317 (decision-not-applied), default warning: A held review's latest decision for a goal (met, discontinued, revise) is not shown in the plan."},"decision-not-applied":{"$ref":"#/$defs/ruleSetting","title":"GP317 decision-not-applied","description":"GP317 (decision-not-applied), default warning: A held review's latest decision for a goal (met, discontinued, revise) is not shown in the plan."},"GP318":{"$ref":"#/$defs/ruleSetting","title":"GP318 risk-follow-up","description":"GP318 (risk-follow-up), default warning: The previous held session had a positive risk screen and this held session records no risk note, PHQ-9 items or C-SSRS screen."},"risk-follow-up":{"$ref":"#/$defs/ruleSetting","title":"GP318 risk-follow-up","description":"GP318 (risk-follow-up), default warning: The previous held session had a positive risk screen and this held session records no risk note, PHQ-9 items or C-SSRS screen."},"GP214":{"$ref":"#/$defs/ruleSetting","title":"GP214 measure-overdue","description":"GP214 (measure-overdue), default warning: a monitored instrument was not scored on schedule (`monitor`: every-session or a longest interval)"},"measure-overdue":{"$ref":"#/$defs/ruleSetting","title":"GP214 measure-overdue","description":"GP214 (measure-overdue), default warning: a monitored instrument was not scored on schedule (`monitor`: every-session or a longest interval)"},"GP215":{"$ref":"#/$defs/ruleSetting","title":"GP215 not-on-track","description":"GP215 (not-on-track), default warning: a goal is not on track: its latest score is worse than expected by the RC, or not reliably improved after 8 weeks"},"not-on-track":{"$ref":"#/$defs/ruleSetting","title":"GP215 not-on-track","description":"GP215 (not-on-track), default warning: a goal is not on track: its latest score is worse than expected by the RC, or not reliably improved after 8 weeks"},"GP216":{"$ref":"#/$defs/ruleSetting","title":"GP216 missed-sessions","description":"GP216 (missed-sessions), default warning: the client's last 2 sessions (1 while risk is open) were all no-show or cancelled"},"missed-sessions":{"$ref":"#/$defs/ruleSetting","title":"GP216 missed-sessions","description":"GP216 (missed-sessions), default warning: the client's last 2 sessions (1 while risk is open) were all no-show or cancelled"},"GP316":{"$ref":"#/$defs/ruleSetting","title":"GP316 alliance-low","description":"GP316 (alliance-low), default warning: an SRS below its cutoff (36), or lower than the previous SRS, and no `feedback` recorded"},"alliance-low":{"$ref":"#/$defs/ruleSetting","title":"GP316 alliance-low","description":"GP316 (alliance-low), default warning: an SRS below its cutoff (36), or lower than the previous SRS, and no `feedback` recorded"}},"additionalProperties":{"$ref":"#/$defs/ruleSetting"},"examples":[{"GP110":"off","vague-wording":"error"}],"x-expected":"a mapping from rule ids or aliases to severities, e.g. GP110: off"},"review":{"title":"Review settings","description":"Limits for plan reviews.","type":"object","properties":{"maxInterval":{"$ref":"common.json#/$defs/duration","title":"Longest review interval","description":"The longest allowed `review.every` of a plan (default 90d; 42 CFR 456.180 and many payers require 90 days, some services 30).","default":"90d","examples":["90d","30d","6mo"]},"dueSoon":{"title":"Review due soon (days)","description":"How many days before `review.next` a plan is flagged as due soon (default 14).","type":"integer","minimum":0,"default":14,"x-expected":"a whole number of days, 0 or more"},"recordGraceDays":{"title":"Review recorded within (days)","description":"How many days after a held review session the plan may still show the old review.last before GP208 reports that the review was not recorded (default 7).","type":"integer","minimum":0,"default":7,"x-expected":"a whole number of days, 0 or more"}},"x-expected":"a mapping with `maxInterval`, `dueSoon` and `recordGraceDays`"},"instruments":{"title":"Instruments","description":"Custom instruments, or overrides of the built-in ones (PHQ-9, GAD-7, ORS, PCL-5, SRS, C-SSRS, GAS, SUDS, rating, count), by name.","type":"object","additionalProperties":{"$ref":"#/$defs/instrument"},"examples":[{"OQ-45":{"range":[0,180],"better":"lower","rc":14}}],"x-expected":"a mapping from instrument names to settings"},"vagueWords":{"title":"Vague words","description":"Changes to the list of vague phrases flagged in goal statements (GP101).","type":"object","properties":{"add":{"title":"Add","description":"Phrases to flag in addition to the built-in list.","type":"array","items":{"type":"string","x-expected":"a phrase"},"examples":[["be more sociable"]],"x-expected":"a list of phrases"},"remove":{"title":"Remove","description":"Built-in phrases not to flag.","type":"array","items":{"type":"string","x-expected":"a phrase"},"examples":[["explore"]],"x-expected":"a list of phrases"}},"x-expected":"a mapping with `add` and/or `remove` lists"},"missedSessions":{"title":"Missed sessions","description":"When missed sessions are reported (GP216).","type":"object","properties":{"count":{"title":"Missed in a row","description":"How many of the client's last sessions, all no-show or cancelled (cancellations by the clinician not counted), are reported (default 2; 1 while the client has open risk).","type":"integer","minimum":1,"default":2,"x-expected":"a whole number, 1 or more"}},"x-expected":"a mapping with `count`"},"notOnTrack":{"title":"Not on track","description":"When a goal without reliable improvement counts as not on track (GP215).","type":"object","properties":{"weeks":{"title":"Weeks without reliable improvement","description":"After this many weeks from the goal's start, a latest score that is neither a reliable improvement on the baseline nor at the target is not on track (default 8).","type":"number","exclusiveMinimum":0,"default":8,"x-expected":"a number of weeks greater than 0"}},"x-expected":"a mapping with `weeks`"},"alliance":{"title":"Alliance","description":"When a drop in the Session Rating Scale (SRS) needs feedback (GP316).","type":"object","properties":{"drop":{"title":"SRS drop","description":"A session's SRS lower than the one before it by at least this many points needs `feedback` (default 1).","type":"number","exclusiveMinimum":0,"default":1,"x-expected":"a number of points greater than 0"}},"x-expected":"a mapping with `drop`"},"absoluteWords":{"title":"Absolute words","description":"Changes to the list of all-or-nothing words flagged in goal statements (GP114; built in: never, always, completely, totally, entirely, forever, perfectly, all the time, every time, 100%).","type":"object","properties":{"add":{"title":"Add","description":"Words or phrases to flag in addition to the built-in list.","type":"array","items":{"type":"string","x-expected":"a word or phrase"},"examples":[["without fail"]],"x-expected":"a list of words or phrases"},"remove":{"title":"Remove","description":"Built-in words not to flag.","type":"array","items":{"type":"string","x-expected":"a word or phrase"},"examples":[["always"]],"x-expected":"a list of words or phrases"}},"x-expected":"a mapping with `add` and/or `remove` lists"},"signatureGraceDays":{"title":"Signature grace days","description":"How many days after the session a signature still counts as on time (GP313; default 3).","type":"integer","minimum":0,"default":3,"x-expected":"a whole number of days, 0 or more"},"agreementGraceDays":{"title":"Agreement grace days","description":"How many days after the plan's `created` date the client's agreement may still be missing (GP209; default 14).","type":"integer","minimum":0,"default":14,"x-expected":"a whole number of days, 0 or more"},"dischargeGraceDays":{"title":"Discharge grace days","description":"How many days after a plan's `closed` date its discharge summary may still be missing (GP213), and how many days after the discharge date the summary may be signed (GP313; default 15).","type":"integer","minimum":0,"default":15,"x-expected":"a whole number of days, 0 or more"},"maxFileSize":{"title":"Largest file (bytes)","description":"Files larger than this many bytes are not parsed (GP004; default 5242880 = 5 MB).","type":"integer","exclusiveMinimum":0,"default":5242880,"x-expected":"a whole number of bytes greater than 0"},"include":{"title":"Include","description":"Glob patterns of files to check (relative to this file's folder).","type":"array","items":{"type":"string","x-expected":"a glob pattern"},"examples":[["clients/**/*.md"]],"x-expected":"a list of glob patterns"},"exclude":{"title":"Exclude","description":"Glob patterns of files to skip (relative to this file's folder).","type":"array","items":{"type":"string","x-expected":"a glob pattern"},"examples":[["archive/**"]],"x-expected":"a list of glob patterns"},"progress":{"title":"Progress model","description":"Settings of the progress panel and report: when a goal counts as stalled, when a note counts as late documentation, and the GAS inter-goal correlation.","type":"object","additionalProperties":true,"properties":{"stalledWeeks":{"title":"Stalled after (weeks)","description":"An active goal with no value or GAS level for more than this many weeks shows as stalled (default 4).","type":"integer","minimum":1,"default":4,"x-expected":"a whole number of weeks, 1 or more"},"lateDays":{"title":"Late documentation after (days)","description":"A note first committed more than this many days after its session date shows as late documentation (default 3).","type":"integer","minimum":0,"default":3,"x-expected":"a whole number of days, 0 or more"},"rho":{"title":"GAS correlation (rho)","description":"Assumed correlation between goal scores in the Kiresuk-Sherman T-score (default 0.3).","type":"number","minimum":0,"exclusiveMaximum":1,"default":0.3,"x-expected":"a number from 0 up to (not including) 1"}}}},"additionalProperties":true,"$defs":{"severity":{"title":"Severity","description":"How a rule reports.","enum":["error","warning","info","off"],"x-enumDescriptions":["Reported as an error (fails the CLI run).","Reported as a warning.","Reported as information.","The rule does not run."]},"ruleSetting":{"title":"Rule setting","description":"A severity (error, warning, info, off), or {severity, options} for rules with options. (The severity list is written out in both forms so a wrong value gets one precise message.)","anyOf":[{"type":"string","enum":["error","warning","info","off"],"x-enumDescriptions":["Reported as an error (fails the CLI run).","Reported as a warning.","Reported as information.","The rule does not run."],"x-expected":"one of error, warning, info, off","title":"Severity","description":"How a rule reports."},{"type":"object","properties":{"severity":{"type":"string","enum":["error","warning","info","off"],"x-enumDescriptions":["Reported as an error (fails the CLI run).","Reported as a warning.","Reported as information.","The rule does not run."],"x-expected":"one of error, warning, info, off","title":"Severity","description":"How the rule reports."},"options":{"title":"Options","description":"Rule-specific options (see the rule's documentation).","type":"object","x-expected":"a mapping of option names to values"}}}],"x-expected":"a severity (error, warning, info, off) or {severity, options}"},"instrument":{"title":"Instrument settings","description":"Score range, better direction, reliable change and bands of an instrument.","type":"object","properties":{"range":{"title":"Range","description":"Lowest and highest possible score, as [min, max].","type":"array","prefixItems":[{"type":"number"},{"type":"number"}],"items":false,"minItems":2,"examples":[[0,27]],"x-expected":"a list of two numbers [min, max]","x-positional":true},"better":{"title":"Better direction","description":"Which way scores improve; leave out to take the direction from each goal's baseline and target.","enum":["lower","higher"],"x-enumDescriptions":["Lower scores are better (e.g. PHQ-9).","Higher scores are better (e.g. ORS)."]},"rc":{"title":"Reliable change","description":"The smallest change in score that is more than measurement error (e.g. 6 for the PHQ-9).","type":"number","exclusiveMinimum":0,"x-expected":"a number greater than 0"},"sd":{"title":"Standard deviation","description":"Standard deviation of the norm sample; with `r` it gives the reliable change 1.96·√2·sd·√(1−r) (Jacobson-Truax).","type":"number","exclusiveMinimum":0,"x-expected":"a number greater than 0"},"r":{"title":"Test-retest reliability","description":"Reliability coefficient from 0 to below 1; with `sd` it gives the reliable change (Jacobson-Truax).","type":"number","minimum":0,"exclusiveMaximum":1,"x-expected":"a number from 0 to below 1"},"bands":{"title":"Severity bands","description":"Score bands with labels, e.g. 0-4 minimal, 5-9 mild.","type":"array","items":{"type":"object","required":["min","max","label"],"properties":{"min":{"title":"From","description":"Lowest score of the band (inclusive).","type":"number","x-expected":"a number"},"max":{"title":"To","description":"Highest score of the band (inclusive).","type":"number","x-expected":"a number"},"label":{"title":"Label","description":"Name of the band, e.g. mild.","type":"string","x-expected":"text"}},"x-expected":"a mapping {min, max, label}"},"examples":[[{"min":0,"max":4,"label":"minimal"},{"min":5,"max":9,"label":"mild"}]],"x-expected":"a list of {min, max, label}"},"cutoff":{"title":"Clinical cutoff","description":"Score separating the clinical from the non-clinical range: a number (scores on the worse side of it are clinical, e.g. SRS 36: below it the alliance needs attention), or {value, clinical} to say on which side clinical scores lie.","anyOf":[{"type":"number","x-expected":"a number"},{"type":"object","required":["value","clinical"],"properties":{"value":{"title":"Cutoff score","description":"The cutoff score.","type":"number","x-expected":"a number"},"clinical":{"title":"Clinical side","description":"Whether scores below the cutoff, or at or above it, are clinical.","enum":["below","at-or-above"],"x-enumDescriptions":["Scores below the cutoff are clinical (e.g. ORS 25).","Scores at or above the cutoff are clinical (e.g. PCL-5 33)."]}},"x-expected":"a mapping {value, clinical}"}],"examples":[36,{"value":25,"clinical":"below"}],"x-expected":"a number, or a mapping {value, clinical}"},"items":{"title":"Items","description":"For instruments scored from items: how many items and the answer range of each.","type":"object","required":["count","min","max"],"properties":{"count":{"title":"Number of items","description":"How many items the instrument has.","type":"integer","exclusiveMinimum":0,"x-expected":"a whole number greater than 0"},"min":{"title":"Lowest answer","description":"Lowest answer of one item.","type":"number","x-expected":"a number"},"max":{"title":"Highest answer","description":"Highest answer of one item.","type":"number","x-expected":"a number"}},"examples":[{"count":9,"min":0,"max":3}],"x-expected":"a mapping {count, min, max}"}},"examples":[{"range":[0,180],"better":"lower","rc":14}],"x-expected":"a mapping of instrument settings such as range, better and rc"}}};
const func1 = Object.prototype.hasOwnProperty;
const schema39 = {"title":"Rule setting","description":"A severity (error, warning, info, off), or {severity, options} for rules with options. (The severity list is written out in both forms so a wrong value gets one precise message.)","anyOf":[{"type":"string","enum":["error","warning","info","off"],"x-enumDescriptions":["Reported as an error (fails the CLI run).","Reported as a warning.","Reported as information.","The rule does not run."],"x-expected":"one of error, warning, info, off","title":"Severity","description":"How a rule reports."},{"type":"object","properties":{"severity":{"type":"string","enum":["error","warning","info","off"],"x-enumDescriptions":["Reported as an error (fails the CLI run).","Reported as a warning.","Reported as information.","The rule does not run."],"x-expected":"one of error, warning, info, off","title":"Severity","description":"How the rule reports."},"options":{"title":"Options","description":"Rule-specific options (see the rule's documentation).","type":"object","x-expected":"a mapping of option names to values"}}}],"x-expected":"a severity (error, warning, info, off) or {severity, options}"};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate100.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.anyOf[0].type,parentSchema:schema39.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "error") || (data === "warning")) || (data === "info")) || (data === "off"))){
const err1 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema39.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema39.anyOf[0].enum,parentSchema:schema39.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.severity !== undefined){
let data0 = data.severity;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/severity",schemaPath:"#/anyOf/1/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.anyOf[1].properties.severity.type,parentSchema:schema39.anyOf[1].properties.severity,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data0 === "error") || (data0 === "warning")) || (data0 === "info")) || (data0 === "off"))){
const err3 = {instancePath:instancePath+"/severity",schemaPath:"#/anyOf/1/properties/severity/enum",keyword:"enum",params:{allowedValues: schema39.anyOf[1].properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema39.anyOf[1].properties.severity.enum,parentSchema:schema39.anyOf[1].properties.severity,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.options !== undefined){
let data1 = data.options;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err4 = {instancePath:instancePath+"/options",schemaPath:"#/anyOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.anyOf[1].properties.options.type,parentSchema:schema39.anyOf[1].properties.options,data:data1};
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
else {
const err5 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.anyOf[1].type,parentSchema:schema39.anyOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.severity = true;
props0.options = true;
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema39.anyOf,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate100.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate100.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate224(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate224.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern4.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^\\d+(d|w|mo|y)$"},message:"must match pattern \""+"^\\d+(d|w|mo|y)$"+"\"",schema:"^\\d+(d|w|mo|y)$",parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate224.errors = vErrors;
return errors === 0;
}
validate224.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema41 = {"title":"Instrument settings","description":"Score range, better direction, reliable change and bands of an instrument.","type":"object","properties":{"range":{"title":"Range","description":"Lowest and highest possible score, as [min, max].","type":"array","prefixItems":[{"type":"number"},{"type":"number"}],"items":false,"minItems":2,"examples":[[0,27]],"x-expected":"a list of two numbers [min, max]","x-positional":true},"better":{"title":"Better direction","description":"Which way scores improve; leave out to take the direction from each goal's baseline and target.","enum":["lower","higher"],"x-enumDescriptions":["Lower scores are better (e.g. PHQ-9).","Higher scores are better (e.g. ORS)."]},"rc":{"title":"Reliable change","description":"The smallest change in score that is more than measurement error (e.g. 6 for the PHQ-9).","type":"number","exclusiveMinimum":0,"x-expected":"a number greater than 0"},"sd":{"title":"Standard deviation","description":"Standard deviation of the norm sample; with `r` it gives the reliable change 1.96·√2·sd·√(1−r) (Jacobson-Truax).","type":"number","exclusiveMinimum":0,"x-expected":"a number greater than 0"},"r":{"title":"Test-retest reliability","description":"Reliability coefficient from 0 to below 1; with `sd` it gives the reliable change (Jacobson-Truax).","type":"number","minimum":0,"exclusiveMaximum":1,"x-expected":"a number from 0 to below 1"},"bands":{"title":"Severity bands","description":"Score bands with labels, e.g. 0-4 minimal, 5-9 mild.","type":"array","items":{"type":"object","required":["min","max","label"],"properties":{"min":{"title":"From","description":"Lowest score of the band (inclusive).","type":"number","x-expected":"a number"},"max":{"title":"To","description":"Highest score of the band (inclusive).","type":"number","x-expected":"a number"},"label":{"title":"Label","description":"Name of the band, e.g. mild.","type":"string","x-expected":"text"}},"x-expected":"a mapping {min, max, label}"},"examples":[[{"min":0,"max":4,"label":"minimal"},{"min":5,"max":9,"label":"mild"}]],"x-expected":"a list of {min, max, label}"},"cutoff":{"title":"Clinical cutoff","description":"Score separating the clinical from the non-clinical range: a number (scores on the worse side of it are clinical, e.g. SRS 36: below it the alliance needs attention), or {value, clinical} to say on which side clinical scores lie.","anyOf":[{"type":"number","x-expected":"a number"},{"type":"object","required":["value","clinical"],"properties":{"value":{"title":"Cutoff score","description":"The cutoff score.","type":"number","x-expected":"a number"},"clinical":{"title":"Clinical side","description":"Whether scores below the cutoff, or at or above it, are clinical.","enum":["below","at-or-above"],"x-enumDescriptions":["Scores below the cutoff are clinical (e.g. ORS 25).","Scores at or above the cutoff are clinical (e.g. PCL-5 33)."]}},"x-expected":"a mapping {value, clinical}"}],"examples":[36,{"value":25,"clinical":"below"}],"x-expected":"a number, or a mapping {value, clinical}"},"items":{"title":"Items","description":"For instruments scored from items: how many items and the answer range of each.","type":"object","required":["count","min","max"],"properties":{"count":{"title":"Number of items","description":"How many items the instrument has.","type":"integer","exclusiveMinimum":0,"x-expected":"a whole number greater than 0"},"min":{"title":"Lowest answer","description":"Lowest answer of one item.","type":"number","x-expected":"a number"},"max":{"title":"Highest answer","description":"Highest answer of one item.","type":"number","x-expected":"a number"}},"examples":[{"count":9,"min":0,"max":3}],"x-expected":"a mapping {count, min, max}"}},"examples":[{"range":[0,180],"better":"lower","rc":14}],"x-expected":"a mapping of instrument settings such as range, better and rc"};

function validate226(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate226.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.range !== undefined){
let data0 = data.range;
if(Array.isArray(data0)){
if(data0.length < 2){
const err0 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema41.properties.range,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data0.length;
if(len0 > 0){
let data1 = data0[0];
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/range/0",schemaPath:"#/properties/range/prefixItems/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.range.prefixItems[0].type,parentSchema:schema41.properties.range.prefixItems[0],data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(len0 > 1){
let data2 = data0[1];
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/range/1",schemaPath:"#/properties/range/prefixItems/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.range.prefixItems[1].type,parentSchema:schema41.properties.range.prefixItems[1],data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
const len1 = data0.length;
if(!(len1 <= 2)){
const err3 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/items",keyword:"items",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema41.properties.range,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.range.type,parentSchema:schema41.properties.range,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.better !== undefined){
let data3 = data.better;
if(!((data3 === "lower") || (data3 === "higher"))){
const err5 = {instancePath:instancePath+"/better",schemaPath:"#/properties/better/enum",keyword:"enum",params:{allowedValues: schema41.properties.better.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.better.enum,parentSchema:schema41.properties.better,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.rc !== undefined){
let data4 = data.rc;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 <= 0 || isNaN(data4)){
const err6 = {instancePath:instancePath+"/rc",schemaPath:"#/properties/rc/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema41.properties.rc,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/rc",schemaPath:"#/properties/rc/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.rc.type,parentSchema:schema41.properties.rc,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.sd !== undefined){
let data5 = data.sd;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 <= 0 || isNaN(data5)){
const err8 = {instancePath:instancePath+"/sd",schemaPath:"#/properties/sd/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema41.properties.sd,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/sd",schemaPath:"#/properties/sd/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.sd.type,parentSchema:schema41.properties.sd,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.r !== undefined){
let data6 = data.r;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err10 = {instancePath:instancePath+"/r",schemaPath:"#/properties/r/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.r,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data6 >= 1 || isNaN(data6)){
const err11 = {instancePath:instancePath+"/r",schemaPath:"#/properties/r/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema41.properties.r,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/r",schemaPath:"#/properties/r/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.r.type,parentSchema:schema41.properties.r,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.bands !== undefined){
let data7 = data.bands;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i0=0; i0<len2; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.min === undefined){
const err13 = {instancePath:instancePath+"/bands/" + i0,schemaPath:"#/properties/bands/items/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'",schema:schema41.properties.bands.items.required,parentSchema:schema41.properties.bands.items,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data8.max === undefined){
const err14 = {instancePath:instancePath+"/bands/" + i0,schemaPath:"#/properties/bands/items/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema41.properties.bands.items.required,parentSchema:schema41.properties.bands.items,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data8.label === undefined){
const err15 = {instancePath:instancePath+"/bands/" + i0,schemaPath:"#/properties/bands/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema41.properties.bands.items.required,parentSchema:schema41.properties.bands.items,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data8.min !== undefined){
let data9 = data8.min;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err16 = {instancePath:instancePath+"/bands/" + i0+"/min",schemaPath:"#/properties/bands/items/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.bands.items.properties.min.type,parentSchema:schema41.properties.bands.items.properties.min,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data8.max !== undefined){
let data10 = data8.max;
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err17 = {instancePath:instancePath+"/bands/" + i0+"/max",schemaPath:"#/properties/bands/items/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.bands.items.properties.max.type,parentSchema:schema41.properties.bands.items.properties.max,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.label !== undefined){
let data11 = data8.label;
if(typeof data11 !== "string"){
const err18 = {instancePath:instancePath+"/bands/" + i0+"/label",schemaPath:"#/properties/bands/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.bands.items.properties.label.type,parentSchema:schema41.properties.bands.items.properties.label,data:data11};
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
else {
const err19 = {instancePath:instancePath+"/bands/" + i0,schemaPath:"#/properties/bands/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.bands.items.type,parentSchema:schema41.properties.bands.items,data:data8};
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
else {
const err20 = {instancePath:instancePath+"/bands",schemaPath:"#/properties/bands/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.bands.type,parentSchema:schema41.properties.bands,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.cutoff !== undefined){
let data12 = data.cutoff;
const _errs25 = errors;
let valid5 = false;
const _errs26 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err21 = {instancePath:instancePath+"/cutoff",schemaPath:"#/properties/cutoff/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.cutoff.anyOf[0].type,parentSchema:schema41.properties.cutoff.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs26 === errors;
valid5 = valid5 || _valid0;
const _errs28 = errors;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.value === undefined){
const err22 = {instancePath:instancePath+"/cutoff",schemaPath:"#/properties/cutoff/anyOf/1/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema41.properties.cutoff.anyOf[1].required,parentSchema:schema41.properties.cutoff.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data12.clinical === undefined){
const err23 = {instancePath:instancePath+"/cutoff",schemaPath:"#/properties/cutoff/anyOf/1/required",keyword:"required",params:{missingProperty: "clinical"},message:"must have required property '"+"clinical"+"'",schema:schema41.properties.cutoff.anyOf[1].required,parentSchema:schema41.properties.cutoff.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12.value !== undefined){
let data13 = data12.value;
if(!((typeof data13 == "number") && (isFinite(data13)))){
const err24 = {instancePath:instancePath+"/cutoff/value",schemaPath:"#/properties/cutoff/anyOf/1/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.cutoff.anyOf[1].properties.value.type,parentSchema:schema41.properties.cutoff.anyOf[1].properties.value,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data12.clinical !== undefined){
let data14 = data12.clinical;
if(!((data14 === "below") || (data14 === "at-or-above"))){
const err25 = {instancePath:instancePath+"/cutoff/clinical",schemaPath:"#/properties/cutoff/anyOf/1/properties/clinical/enum",keyword:"enum",params:{allowedValues: schema41.properties.cutoff.anyOf[1].properties.clinical.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.cutoff.anyOf[1].properties.clinical.enum,parentSchema:schema41.properties.cutoff.anyOf[1].properties.clinical,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/cutoff",schemaPath:"#/properties/cutoff/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.cutoff.anyOf[1].type,parentSchema:schema41.properties.cutoff.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs28 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
var props0 = {};
props0.value = true;
props0.clinical = true;
}
if(!valid5){
const err27 = {instancePath:instancePath+"/cutoff",schemaPath:"#/properties/cutoff/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema41.properties.cutoff.anyOf,parentSchema:schema41.properties.cutoff,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
}
if(data.items !== undefined){
let data15 = data.items;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.count === undefined){
const err28 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema41.properties.items.required,parentSchema:schema41.properties.items,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data15.min === undefined){
const err29 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'",schema:schema41.properties.items.required,parentSchema:schema41.properties.items,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data15.max === undefined){
const err30 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema41.properties.items.required,parentSchema:schema41.properties.items,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data15.count !== undefined){
let data16 = data15.count;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err31 = {instancePath:instancePath+"/items/count",schemaPath:"#/properties/items/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.items.properties.count.type,parentSchema:schema41.properties.items.properties.count,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 <= 0 || isNaN(data16)){
const err32 = {instancePath:instancePath+"/items/count",schemaPath:"#/properties/items/properties/count/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema41.properties.items.properties.count,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data15.min !== undefined){
let data17 = data15.min;
if(!((typeof data17 == "number") && (isFinite(data17)))){
const err33 = {instancePath:instancePath+"/items/min",schemaPath:"#/properties/items/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.items.properties.min.type,parentSchema:schema41.properties.items.properties.min,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data15.max !== undefined){
let data18 = data15.max;
if(!((typeof data18 == "number") && (isFinite(data18)))){
const err34 = {instancePath:instancePath+"/items/max",schemaPath:"#/properties/items/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema41.properties.items.properties.max.type,parentSchema:schema41.properties.items.properties.max,data:data18};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.items.type,parentSchema:schema41.properties.items,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate226.errors = vErrors;
return errors === 0;
}
validate226.evaluated = {"props":{"range":true,"better":true,"rc":true,"sd":true,"r":true,"bands":true,"cutoff":true,"items":true},"dynamicProps":false,"dynamicItems":false};


function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://goalplan.invalid/schemas/goalplan-config.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.root !== undefined){
let data0 = data.root;
if(typeof data0 !== "boolean"){
const err0 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.root.type,parentSchema:schema38.properties.root,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.rules !== undefined){
let data1 = data.rules;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(!(func1.call(schema38.properties.rules.properties, key0))){
if(!(validate100(data1[key0], {instancePath:instancePath+"/rules/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
}
if(data1.GP001 !== undefined){
if(!(validate100(data1.GP001, {instancePath:instancePath+"/rules/GP001",parentData:data1,parentDataProperty:"GP001",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["yaml-syntax"] !== undefined){
if(!(validate100(data1["yaml-syntax"], {instancePath:instancePath+"/rules/yaml-syntax",parentData:data1,parentDataProperty:"yaml-syntax",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP002 !== undefined){
if(!(validate100(data1.GP002, {instancePath:instancePath+"/rules/GP002",parentData:data1,parentDataProperty:"GP002",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.schema !== undefined){
if(!(validate100(data1.schema, {instancePath:instancePath+"/rules/schema",parentData:data1,parentDataProperty:"schema",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP003 !== undefined){
if(!(validate100(data1.GP003, {instancePath:instancePath+"/rules/GP003",parentData:data1,parentDataProperty:"GP003",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["duplicate-id"] !== undefined){
if(!(validate100(data1["duplicate-id"], {instancePath:instancePath+"/rules/duplicate-id",parentData:data1,parentDataProperty:"duplicate-id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP004 !== undefined){
if(!(validate100(data1.GP004, {instancePath:instancePath+"/rules/GP004",parentData:data1,parentDataProperty:"GP004",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["file-too-large"] !== undefined){
if(!(validate100(data1["file-too-large"], {instancePath:instancePath+"/rules/file-too-large",parentData:data1,parentDataProperty:"file-too-large",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP005 !== undefined){
if(!(validate100(data1.GP005, {instancePath:instancePath+"/rules/GP005",parentData:data1,parentDataProperty:"GP005",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["unknown-kind"] !== undefined){
if(!(validate100(data1["unknown-kind"], {instancePath:instancePath+"/rules/unknown-kind",parentData:data1,parentDataProperty:"unknown-kind",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP101 !== undefined){
if(!(validate100(data1.GP101, {instancePath:instancePath+"/rules/GP101",parentData:data1,parentDataProperty:"GP101",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["vague-wording"] !== undefined){
if(!(validate100(data1["vague-wording"], {instancePath:instancePath+"/rules/vague-wording",parentData:data1,parentDataProperty:"vague-wording",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP102 !== undefined){
if(!(validate100(data1.GP102, {instancePath:instancePath+"/rules/GP102",parentData:data1,parentDataProperty:"GP102",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["statement-too-short"] !== undefined){
if(!(validate100(data1["statement-too-short"], {instancePath:instancePath+"/rules/statement-too-short",parentData:data1,parentDataProperty:"statement-too-short",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP103 !== undefined){
if(!(validate100(data1.GP103, {instancePath:instancePath+"/rules/GP103",parentData:data1,parentDataProperty:"GP103",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["not-measurable"] !== undefined){
if(!(validate100(data1["not-measurable"], {instancePath:instancePath+"/rules/not-measurable",parentData:data1,parentDataProperty:"not-measurable",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP104 !== undefined){
if(!(validate100(data1.GP104, {instancePath:instancePath+"/rules/GP104",parentData:data1,parentDataProperty:"GP104",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["out-of-range"] !== undefined){
if(!(validate100(data1["out-of-range"], {instancePath:instancePath+"/rules/out-of-range",parentData:data1,parentDataProperty:"out-of-range",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP105 !== undefined){
if(!(validate100(data1.GP105, {instancePath:instancePath+"/rules/GP105",parentData:data1,parentDataProperty:"GP105",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["wrong-direction"] !== undefined){
if(!(validate100(data1["wrong-direction"], {instancePath:instancePath+"/rules/wrong-direction",parentData:data1,parentDataProperty:"wrong-direction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP106 !== undefined){
if(!(validate100(data1.GP106, {instancePath:instancePath+"/rules/GP106",parentData:data1,parentDataProperty:"GP106",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.unrealistic !== undefined){
if(!(validate100(data1.unrealistic, {instancePath:instancePath+"/rules/unrealistic",parentData:data1,parentDataProperty:"unrealistic",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP107 !== undefined){
if(!(validate100(data1.GP107, {instancePath:instancePath+"/rules/GP107",parentData:data1,parentDataProperty:"GP107",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["no-problem-link"] !== undefined){
if(!(validate100(data1["no-problem-link"], {instancePath:instancePath+"/rules/no-problem-link",parentData:data1,parentDataProperty:"no-problem-link",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP108 !== undefined){
if(!(validate100(data1.GP108, {instancePath:instancePath+"/rules/GP108",parentData:data1,parentDataProperty:"GP108",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["no-due-date"] !== undefined){
if(!(validate100(data1["no-due-date"], {instancePath:instancePath+"/rules/no-due-date",parentData:data1,parentDataProperty:"no-due-date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP109 !== undefined){
if(!(validate100(data1.GP109, {instancePath:instancePath+"/rules/GP109",parentData:data1,parentDataProperty:"GP109",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["horizon-mismatch"] !== undefined){
if(!(validate100(data1["horizon-mismatch"], {instancePath:instancePath+"/rules/horizon-mismatch",parentData:data1,parentDataProperty:"horizon-mismatch",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP110 !== undefined){
if(!(validate100(data1.GP110, {instancePath:instancePath+"/rules/GP110",parentData:data1,parentDataProperty:"GP110",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["too-many-goals"] !== undefined){
if(!(validate100(data1["too-many-goals"], {instancePath:instancePath+"/rules/too-many-goals",parentData:data1,parentDataProperty:"too-many-goals",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP111 !== undefined){
if(!(validate100(data1.GP111, {instancePath:instancePath+"/rules/GP111",parentData:data1,parentDataProperty:"GP111",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["no-intervention"] !== undefined){
if(!(validate100(data1["no-intervention"], {instancePath:instancePath+"/rules/no-intervention",parentData:data1,parentDataProperty:"no-intervention",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP112 !== undefined){
if(!(validate100(data1.GP112, {instancePath:instancePath+"/rules/GP112",parentData:data1,parentDataProperty:"GP112",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["unknown-parent"] !== undefined){
if(!(validate100(data1["unknown-parent"], {instancePath:instancePath+"/rules/unknown-parent",parentData:data1,parentDataProperty:"unknown-parent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP113 !== undefined){
if(!(validate100(data1.GP113, {instancePath:instancePath+"/rules/GP113",parentData:data1,parentDataProperty:"GP113",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["unknown-problem"] !== undefined){
if(!(validate100(data1["unknown-problem"], {instancePath:instancePath+"/rules/unknown-problem",parentData:data1,parentDataProperty:"unknown-problem",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP115 !== undefined){
if(!(validate100(data1.GP115, {instancePath:instancePath+"/rules/GP115",parentData:data1,parentDataProperty:"GP115",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["no-client-words"] !== undefined){
if(!(validate100(data1["no-client-words"], {instancePath:instancePath+"/rules/no-client-words",parentData:data1,parentDataProperty:"no-client-words",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP117 !== undefined){
if(!(validate100(data1.GP117, {instancePath:instancePath+"/rules/GP117",parentData:data1,parentDataProperty:"GP117",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["revised-no-successor"] !== undefined){
if(!(validate100(data1["revised-no-successor"], {instancePath:instancePath+"/rules/revised-no-successor",parentData:data1,parentDataProperty:"revised-no-successor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP118 !== undefined){
if(!(validate100(data1.GP118, {instancePath:instancePath+"/rules/GP118",parentData:data1,parentDataProperty:"GP118",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["unknown-replaces"] !== undefined){
if(!(validate100(data1["unknown-replaces"], {instancePath:instancePath+"/rules/unknown-replaces",parentData:data1,parentDataProperty:"unknown-replaces",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP201 !== undefined){
if(!(validate100(data1.GP201, {instancePath:instancePath+"/rules/GP201",parentData:data1,parentDataProperty:"GP201",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["review-missing"] !== undefined){
if(!(validate100(data1["review-missing"], {instancePath:instancePath+"/rules/review-missing",parentData:data1,parentDataProperty:"review-missing",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP202 !== undefined){
if(!(validate100(data1.GP202, {instancePath:instancePath+"/rules/GP202",parentData:data1,parentDataProperty:"GP202",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["review-overdue"] !== undefined){
if(!(validate100(data1["review-overdue"], {instancePath:instancePath+"/rules/review-overdue",parentData:data1,parentDataProperty:"review-overdue",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP203 !== undefined){
if(!(validate100(data1.GP203, {instancePath:instancePath+"/rules/GP203",parentData:data1,parentDataProperty:"GP203",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["review-due-soon"] !== undefined){
if(!(validate100(data1["review-due-soon"], {instancePath:instancePath+"/rules/review-due-soon",parentData:data1,parentDataProperty:"review-due-soon",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP204 !== undefined){
if(!(validate100(data1.GP204, {instancePath:instancePath+"/rules/GP204",parentData:data1,parentDataProperty:"GP204",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["review-interval"] !== undefined){
if(!(validate100(data1["review-interval"], {instancePath:instancePath+"/rules/review-interval",parentData:data1,parentDataProperty:"review-interval",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP205 !== undefined){
if(!(validate100(data1.GP205, {instancePath:instancePath+"/rules/GP205",parentData:data1,parentDataProperty:"GP205",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["goal-past-due"] !== undefined){
if(!(validate100(data1["goal-past-due"], {instancePath:instancePath+"/rules/goal-past-due",parentData:data1,parentDataProperty:"goal-past-due",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP206 !== undefined){
if(!(validate100(data1.GP206, {instancePath:instancePath+"/rules/GP206",parentData:data1,parentDataProperty:"GP206",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["review-incomplete"] !== undefined){
if(!(validate100(data1["review-incomplete"], {instancePath:instancePath+"/rules/review-incomplete",parentData:data1,parentDataProperty:"review-incomplete",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP207 !== undefined){
if(!(validate100(data1.GP207, {instancePath:instancePath+"/rules/GP207",parentData:data1,parentDataProperty:"GP207",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["review-dates"] !== undefined){
if(!(validate100(data1["review-dates"], {instancePath:instancePath+"/rules/review-dates",parentData:data1,parentDataProperty:"review-dates",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP209 !== undefined){
if(!(validate100(data1.GP209, {instancePath:instancePath+"/rules/GP209",parentData:data1,parentDataProperty:"GP209",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["no-client-agreement"] !== undefined){
if(!(validate100(data1["no-client-agreement"], {instancePath:instancePath+"/rules/no-client-agreement",parentData:data1,parentDataProperty:"no-client-agreement",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP210 !== undefined){
if(!(validate100(data1.GP210, {instancePath:instancePath+"/rules/GP210",parentData:data1,parentDataProperty:"GP210",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["unsigned-plan"] !== undefined){
if(!(validate100(data1["unsigned-plan"], {instancePath:instancePath+"/rules/unsigned-plan",parentData:data1,parentDataProperty:"unsigned-plan",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP211 !== undefined){
if(!(validate100(data1.GP211, {instancePath:instancePath+"/rules/GP211",parentData:data1,parentDataProperty:"GP211",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["no-strengths"] !== undefined){
if(!(validate100(data1["no-strengths"], {instancePath:instancePath+"/rules/no-strengths",parentData:data1,parentDataProperty:"no-strengths",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP301 !== undefined){
if(!(validate100(data1.GP301, {instancePath:instancePath+"/rules/GP301",parentData:data1,parentDataProperty:"GP301",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["unknown-goal"] !== undefined){
if(!(validate100(data1["unknown-goal"], {instancePath:instancePath+"/rules/unknown-goal",parentData:data1,parentDataProperty:"unknown-goal",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP302 !== undefined){
if(!(validate100(data1.GP302, {instancePath:instancePath+"/rules/GP302",parentData:data1,parentDataProperty:"GP302",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["inactive-goal"] !== undefined){
if(!(validate100(data1["inactive-goal"], {instancePath:instancePath+"/rules/inactive-goal",parentData:data1,parentDataProperty:"inactive-goal",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP303 !== undefined){
if(!(validate100(data1.GP303, {instancePath:instancePath+"/rules/GP303",parentData:data1,parentDataProperty:"GP303",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["no-goal-addressed"] !== undefined){
if(!(validate100(data1["no-goal-addressed"], {instancePath:instancePath+"/rules/no-goal-addressed",parentData:data1,parentDataProperty:"no-goal-addressed",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP304 !== undefined){
if(!(validate100(data1.GP304, {instancePath:instancePath+"/rules/GP304",parentData:data1,parentDataProperty:"GP304",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["value-out-of-range"] !== undefined){
if(!(validate100(data1["value-out-of-range"], {instancePath:instancePath+"/rules/value-out-of-range",parentData:data1,parentDataProperty:"value-out-of-range",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP305 !== undefined){
if(!(validate100(data1.GP305, {instancePath:instancePath+"/rules/GP305",parentData:data1,parentDataProperty:"GP305",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["missing-section"] !== undefined){
if(!(validate100(data1["missing-section"], {instancePath:instancePath+"/rules/missing-section",parentData:data1,parentDataProperty:"missing-section",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP306 !== undefined){
if(!(validate100(data1.GP306, {instancePath:instancePath+"/rules/GP306",parentData:data1,parentDataProperty:"GP306",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["future-session"] !== undefined){
if(!(validate100(data1["future-session"], {instancePath:instancePath+"/rules/future-session",parentData:data1,parentDataProperty:"future-session",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP307 !== undefined){
if(!(validate100(data1.GP307, {instancePath:instancePath+"/rules/GP307",parentData:data1,parentDataProperty:"GP307",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["no-plan"] !== undefined){
if(!(validate100(data1["no-plan"], {instancePath:instancePath+"/rules/no-plan",parentData:data1,parentDataProperty:"no-plan",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP308 !== undefined){
if(!(validate100(data1.GP308, {instancePath:instancePath+"/rules/GP308",parentData:data1,parentDataProperty:"GP308",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["cpt-duration"] !== undefined){
if(!(validate100(data1["cpt-duration"], {instancePath:instancePath+"/rules/cpt-duration",parentData:data1,parentDataProperty:"cpt-duration",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP309 !== undefined){
if(!(validate100(data1.GP309, {instancePath:instancePath+"/rules/GP309",parentData:data1,parentDataProperty:"GP309",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["duplicate-note"] !== undefined){
if(!(validate100(data1["duplicate-note"], {instancePath:instancePath+"/rules/duplicate-note",parentData:data1,parentDataProperty:"duplicate-note",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP310 !== undefined){
if(!(validate100(data1.GP310, {instancePath:instancePath+"/rules/GP310",parentData:data1,parentDataProperty:"GP310",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["unsupported-claim"] !== undefined){
if(!(validate100(data1["unsupported-claim"], {instancePath:instancePath+"/rules/unsupported-claim",parentData:data1,parentDataProperty:"unsupported-claim",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP311 !== undefined){
if(!(validate100(data1.GP311, {instancePath:instancePath+"/rules/GP311",parentData:data1,parentDataProperty:"GP311",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["outside-plan-period"] !== undefined){
if(!(validate100(data1["outside-plan-period"], {instancePath:instancePath+"/rules/outside-plan-period",parentData:data1,parentDataProperty:"outside-plan-period",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP312 !== undefined){
if(!(validate100(data1.GP312, {instancePath:instancePath+"/rules/GP312",parentData:data1,parentDataProperty:"GP312",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["unsigned-note"] !== undefined){
if(!(validate100(data1["unsigned-note"], {instancePath:instancePath+"/rules/unsigned-note",parentData:data1,parentDataProperty:"unsigned-note",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP313 !== undefined){
if(!(validate100(data1.GP313, {instancePath:instancePath+"/rules/GP313",parentData:data1,parentDataProperty:"GP313",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["late-signature"] !== undefined){
if(!(validate100(data1["late-signature"], {instancePath:instancePath+"/rules/late-signature",parentData:data1,parentDataProperty:"late-signature",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP314 !== undefined){
if(!(validate100(data1.GP314, {instancePath:instancePath+"/rules/GP314",parentData:data1,parentDataProperty:"GP314",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["reliable-deterioration"] !== undefined){
if(!(validate100(data1["reliable-deterioration"], {instancePath:instancePath+"/rules/reliable-deterioration",parentData:data1,parentDataProperty:"reliable-deterioration",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP315 !== undefined){
if(!(validate100(data1.GP315, {instancePath:instancePath+"/rules/GP315",parentData:data1,parentDataProperty:"GP315",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["risk-item"] !== undefined){
if(!(validate100(data1["risk-item"], {instancePath:instancePath+"/rules/risk-item",parentData:data1,parentDataProperty:"risk-item",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP401 !== undefined){
if(!(validate100(data1.GP401, {instancePath:instancePath+"/rules/GP401",parentData:data1,parentDataProperty:"GP401",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["phi-identifier"] !== undefined){
if(!(validate100(data1["phi-identifier"], {instancePath:instancePath+"/rules/phi-identifier",parentData:data1,parentDataProperty:"phi-identifier",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP006 !== undefined){
if(!(validate100(data1.GP006, {instancePath:instancePath+"/rules/GP006",parentData:data1,parentDataProperty:"GP006",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["unknown-instrument"] !== undefined){
if(!(validate100(data1["unknown-instrument"], {instancePath:instancePath+"/rules/unknown-instrument",parentData:data1,parentDataProperty:"unknown-instrument",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP114 !== undefined){
if(!(validate100(data1.GP114, {instancePath:instancePath+"/rules/GP114",parentData:data1,parentDataProperty:"GP114",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["absolute-wording"] !== undefined){
if(!(validate100(data1["absolute-wording"], {instancePath:instancePath+"/rules/absolute-wording",parentData:data1,parentDataProperty:"absolute-wording",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP213 !== undefined){
if(!(validate100(data1.GP213, {instancePath:instancePath+"/rules/GP213",parentData:data1,parentDataProperty:"GP213",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["no-discharge-summary"] !== undefined){
if(!(validate100(data1["no-discharge-summary"], {instancePath:instancePath+"/rules/no-discharge-summary",parentData:data1,parentDataProperty:"no-discharge-summary",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP501 !== undefined){
if(!(validate100(data1.GP501, {instancePath:instancePath+"/rules/GP501",parentData:data1,parentDataProperty:"GP501",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["discharge-goals"] !== undefined){
if(!(validate100(data1["discharge-goals"], {instancePath:instancePath+"/rules/discharge-goals",parentData:data1,parentDataProperty:"discharge-goals",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP502 !== undefined){
if(!(validate100(data1.GP502, {instancePath:instancePath+"/rules/GP502",parentData:data1,parentDataProperty:"GP502",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["discharge-measures"] !== undefined){
if(!(validate100(data1["discharge-measures"], {instancePath:instancePath+"/rules/discharge-measures",parentData:data1,parentDataProperty:"discharge-measures",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP212 !== undefined){
if(!(validate100(data1.GP212, {instancePath:instancePath+"/rules/GP212",parentData:data1,parentDataProperty:"GP212",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["closed-plan-open-goals"] !== undefined){
if(!(validate100(data1["closed-plan-open-goals"], {instancePath:instancePath+"/rules/closed-plan-open-goals",parentData:data1,parentDataProperty:"closed-plan-open-goals",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP208 !== undefined){
if(!(validate100(data1.GP208, {instancePath:instancePath+"/rules/GP208",parentData:data1,parentDataProperty:"GP208",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["review-not-recorded"] !== undefined){
if(!(validate100(data1["review-not-recorded"], {instancePath:instancePath+"/rules/review-not-recorded",parentData:data1,parentDataProperty:"review-not-recorded",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP116 !== undefined){
if(!(validate100(data1.GP116, {instancePath:instancePath+"/rules/GP116",parentData:data1,parentDataProperty:"GP116",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["baseline-mismatch"] !== undefined){
if(!(validate100(data1["baseline-mismatch"], {instancePath:instancePath+"/rules/baseline-mismatch",parentData:data1,parentDataProperty:"baseline-mismatch",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP317 !== undefined){
if(!(validate100(data1.GP317, {instancePath:instancePath+"/rules/GP317",parentData:data1,parentDataProperty:"GP317",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["decision-not-applied"] !== undefined){
if(!(validate100(data1["decision-not-applied"], {instancePath:instancePath+"/rules/decision-not-applied",parentData:data1,parentDataProperty:"decision-not-applied",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP318 !== undefined){
if(!(validate100(data1.GP318, {instancePath:instancePath+"/rules/GP318",parentData:data1,parentDataProperty:"GP318",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["risk-follow-up"] !== undefined){
if(!(validate100(data1["risk-follow-up"], {instancePath:instancePath+"/rules/risk-follow-up",parentData:data1,parentDataProperty:"risk-follow-up",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP214 !== undefined){
if(!(validate100(data1.GP214, {instancePath:instancePath+"/rules/GP214",parentData:data1,parentDataProperty:"GP214",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["measure-overdue"] !== undefined){
if(!(validate100(data1["measure-overdue"], {instancePath:instancePath+"/rules/measure-overdue",parentData:data1,parentDataProperty:"measure-overdue",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP215 !== undefined){
if(!(validate100(data1.GP215, {instancePath:instancePath+"/rules/GP215",parentData:data1,parentDataProperty:"GP215",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["not-on-track"] !== undefined){
if(!(validate100(data1["not-on-track"], {instancePath:instancePath+"/rules/not-on-track",parentData:data1,parentDataProperty:"not-on-track",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP216 !== undefined){
if(!(validate100(data1.GP216, {instancePath:instancePath+"/rules/GP216",parentData:data1,parentDataProperty:"GP216",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["missed-sessions"] !== undefined){
if(!(validate100(data1["missed-sessions"], {instancePath:instancePath+"/rules/missed-sessions",parentData:data1,parentDataProperty:"missed-sessions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1.GP316 !== undefined){
if(!(validate100(data1.GP316, {instancePath:instancePath+"/rules/GP316",parentData:data1,parentDataProperty:"GP316",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
if(data1["alliance-low"] !== undefined){
if(!(validate100(data1["alliance-low"], {instancePath:instancePath+"/rules/alliance-low",parentData:data1,parentDataProperty:"alliance-low",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.rules.type,parentSchema:schema38.properties.rules,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.review !== undefined){
let data125 = data.review;
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.maxInterval !== undefined){
if(!(validate224(data125.maxInterval, {instancePath:instancePath+"/review/maxInterval",parentData:data125,parentDataProperty:"maxInterval",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate224.errors : vErrors.concat(validate224.errors);
errors = vErrors.length;
}
}
if(data125.dueSoon !== undefined){
let data127 = data125.dueSoon;
if(!(((typeof data127 == "number") && (!(data127 % 1) && !isNaN(data127))) && (isFinite(data127)))){
const err2 = {instancePath:instancePath+"/review/dueSoon",schemaPath:"#/properties/review/properties/dueSoon/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.review.properties.dueSoon.type,parentSchema:schema38.properties.review.properties.dueSoon,data:data127};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data127 == "number") && (isFinite(data127))){
if(data127 < 0 || isNaN(data127)){
const err3 = {instancePath:instancePath+"/review/dueSoon",schemaPath:"#/properties/review/properties/dueSoon/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.review.properties.dueSoon,data:data127};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data125.recordGraceDays !== undefined){
let data128 = data125.recordGraceDays;
if(!(((typeof data128 == "number") && (!(data128 % 1) && !isNaN(data128))) && (isFinite(data128)))){
const err4 = {instancePath:instancePath+"/review/recordGraceDays",schemaPath:"#/properties/review/properties/recordGraceDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.review.properties.recordGraceDays.type,parentSchema:schema38.properties.review.properties.recordGraceDays,data:data128};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data128 == "number") && (isFinite(data128))){
if(data128 < 0 || isNaN(data128)){
const err5 = {instancePath:instancePath+"/review/recordGraceDays",schemaPath:"#/properties/review/properties/recordGraceDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.review.properties.recordGraceDays,data:data128};
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
else {
const err6 = {instancePath:instancePath+"/review",schemaPath:"#/properties/review/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.review.type,parentSchema:schema38.properties.review,data:data125};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.instruments !== undefined){
let data129 = data.instruments;
if(data129 && typeof data129 == "object" && !Array.isArray(data129)){
for(const key1 in data129){
if(!(validate226(data129[key1], {instancePath:instancePath+"/instruments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data129,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate226.errors : vErrors.concat(validate226.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/instruments",schemaPath:"#/properties/instruments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.instruments.type,parentSchema:schema38.properties.instruments,data:data129};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.vagueWords !== undefined){
let data131 = data.vagueWords;
if(data131 && typeof data131 == "object" && !Array.isArray(data131)){
if(data131.add !== undefined){
let data132 = data131.add;
if(Array.isArray(data132)){
const len0 = data132.length;
for(let i0=0; i0<len0; i0++){
let data133 = data132[i0];
if(typeof data133 !== "string"){
const err8 = {instancePath:instancePath+"/vagueWords/add/" + i0,schemaPath:"#/properties/vagueWords/properties/add/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.vagueWords.properties.add.items.type,parentSchema:schema38.properties.vagueWords.properties.add.items,data:data133};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/vagueWords/add",schemaPath:"#/properties/vagueWords/properties/add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.vagueWords.properties.add.type,parentSchema:schema38.properties.vagueWords.properties.add,data:data132};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data131.remove !== undefined){
let data134 = data131.remove;
if(Array.isArray(data134)){
const len1 = data134.length;
for(let i1=0; i1<len1; i1++){
let data135 = data134[i1];
if(typeof data135 !== "string"){
const err10 = {instancePath:instancePath+"/vagueWords/remove/" + i1,schemaPath:"#/properties/vagueWords/properties/remove/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.vagueWords.properties.remove.items.type,parentSchema:schema38.properties.vagueWords.properties.remove.items,data:data135};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/vagueWords/remove",schemaPath:"#/properties/vagueWords/properties/remove/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.vagueWords.properties.remove.type,parentSchema:schema38.properties.vagueWords.properties.remove,data:data134};
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
else {
const err12 = {instancePath:instancePath+"/vagueWords",schemaPath:"#/properties/vagueWords/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.vagueWords.type,parentSchema:schema38.properties.vagueWords,data:data131};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.missedSessions !== undefined){
let data136 = data.missedSessions;
if(data136 && typeof data136 == "object" && !Array.isArray(data136)){
if(data136.count !== undefined){
let data137 = data136.count;
if(!(((typeof data137 == "number") && (!(data137 % 1) && !isNaN(data137))) && (isFinite(data137)))){
const err13 = {instancePath:instancePath+"/missedSessions/count",schemaPath:"#/properties/missedSessions/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.missedSessions.properties.count.type,parentSchema:schema38.properties.missedSessions.properties.count,data:data137};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data137 == "number") && (isFinite(data137))){
if(data137 < 1 || isNaN(data137)){
const err14 = {instancePath:instancePath+"/missedSessions/count",schemaPath:"#/properties/missedSessions/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38.properties.missedSessions.properties.count,data:data137};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/missedSessions",schemaPath:"#/properties/missedSessions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.missedSessions.type,parentSchema:schema38.properties.missedSessions,data:data136};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.notOnTrack !== undefined){
let data138 = data.notOnTrack;
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
if(data138.weeks !== undefined){
let data139 = data138.weeks;
if((typeof data139 == "number") && (isFinite(data139))){
if(data139 <= 0 || isNaN(data139)){
const err16 = {instancePath:instancePath+"/notOnTrack/weeks",schemaPath:"#/properties/notOnTrack/properties/weeks/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema38.properties.notOnTrack.properties.weeks,data:data139};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/notOnTrack/weeks",schemaPath:"#/properties/notOnTrack/properties/weeks/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.notOnTrack.properties.weeks.type,parentSchema:schema38.properties.notOnTrack.properties.weeks,data:data139};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/notOnTrack",schemaPath:"#/properties/notOnTrack/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.notOnTrack.type,parentSchema:schema38.properties.notOnTrack,data:data138};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.alliance !== undefined){
let data140 = data.alliance;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.drop !== undefined){
let data141 = data140.drop;
if((typeof data141 == "number") && (isFinite(data141))){
if(data141 <= 0 || isNaN(data141)){
const err19 = {instancePath:instancePath+"/alliance/drop",schemaPath:"#/properties/alliance/properties/drop/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema38.properties.alliance.properties.drop,data:data141};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/alliance/drop",schemaPath:"#/properties/alliance/properties/drop/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.alliance.properties.drop.type,parentSchema:schema38.properties.alliance.properties.drop,data:data141};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/alliance",schemaPath:"#/properties/alliance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.alliance.type,parentSchema:schema38.properties.alliance,data:data140};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.absoluteWords !== undefined){
let data142 = data.absoluteWords;
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
if(data142.add !== undefined){
let data143 = data142.add;
if(Array.isArray(data143)){
const len2 = data143.length;
for(let i2=0; i2<len2; i2++){
let data144 = data143[i2];
if(typeof data144 !== "string"){
const err22 = {instancePath:instancePath+"/absoluteWords/add/" + i2,schemaPath:"#/properties/absoluteWords/properties/add/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.absoluteWords.properties.add.items.type,parentSchema:schema38.properties.absoluteWords.properties.add.items,data:data144};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/absoluteWords/add",schemaPath:"#/properties/absoluteWords/properties/add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.absoluteWords.properties.add.type,parentSchema:schema38.properties.absoluteWords.properties.add,data:data143};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data142.remove !== undefined){
let data145 = data142.remove;
if(Array.isArray(data145)){
const len3 = data145.length;
for(let i3=0; i3<len3; i3++){
let data146 = data145[i3];
if(typeof data146 !== "string"){
const err24 = {instancePath:instancePath+"/absoluteWords/remove/" + i3,schemaPath:"#/properties/absoluteWords/properties/remove/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.absoluteWords.properties.remove.items.type,parentSchema:schema38.properties.absoluteWords.properties.remove.items,data:data146};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/absoluteWords/remove",schemaPath:"#/properties/absoluteWords/properties/remove/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.absoluteWords.properties.remove.type,parentSchema:schema38.properties.absoluteWords.properties.remove,data:data145};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/absoluteWords",schemaPath:"#/properties/absoluteWords/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.absoluteWords.type,parentSchema:schema38.properties.absoluteWords,data:data142};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.signatureGraceDays !== undefined){
let data147 = data.signatureGraceDays;
if(!(((typeof data147 == "number") && (!(data147 % 1) && !isNaN(data147))) && (isFinite(data147)))){
const err27 = {instancePath:instancePath+"/signatureGraceDays",schemaPath:"#/properties/signatureGraceDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.signatureGraceDays.type,parentSchema:schema38.properties.signatureGraceDays,data:data147};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data147 == "number") && (isFinite(data147))){
if(data147 < 0 || isNaN(data147)){
const err28 = {instancePath:instancePath+"/signatureGraceDays",schemaPath:"#/properties/signatureGraceDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.signatureGraceDays,data:data147};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data.agreementGraceDays !== undefined){
let data148 = data.agreementGraceDays;
if(!(((typeof data148 == "number") && (!(data148 % 1) && !isNaN(data148))) && (isFinite(data148)))){
const err29 = {instancePath:instancePath+"/agreementGraceDays",schemaPath:"#/properties/agreementGraceDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.agreementGraceDays.type,parentSchema:schema38.properties.agreementGraceDays,data:data148};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data148 == "number") && (isFinite(data148))){
if(data148 < 0 || isNaN(data148)){
const err30 = {instancePath:instancePath+"/agreementGraceDays",schemaPath:"#/properties/agreementGraceDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.agreementGraceDays,data:data148};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.dischargeGraceDays !== undefined){
let data149 = data.dischargeGraceDays;
if(!(((typeof data149 == "number") && (!(data149 % 1) && !isNaN(data149))) && (isFinite(data149)))){
const err31 = {instancePath:instancePath+"/dischargeGraceDays",schemaPath:"#/properties/dischargeGraceDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.dischargeGraceDays.type,parentSchema:schema38.properties.dischargeGraceDays,data:data149};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data149 == "number") && (isFinite(data149))){
if(data149 < 0 || isNaN(data149)){
const err32 = {instancePath:instancePath+"/dischargeGraceDays",schemaPath:"#/properties/dischargeGraceDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.dischargeGraceDays,data:data149};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data.maxFileSize !== undefined){
let data150 = data.maxFileSize;
if(!(((typeof data150 == "number") && (!(data150 % 1) && !isNaN(data150))) && (isFinite(data150)))){
const err33 = {instancePath:instancePath+"/maxFileSize",schemaPath:"#/properties/maxFileSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.maxFileSize.type,parentSchema:schema38.properties.maxFileSize,data:data150};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data150 == "number") && (isFinite(data150))){
if(data150 <= 0 || isNaN(data150)){
const err34 = {instancePath:instancePath+"/maxFileSize",schemaPath:"#/properties/maxFileSize/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema38.properties.maxFileSize,data:data150};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data.include !== undefined){
let data151 = data.include;
if(Array.isArray(data151)){
const len4 = data151.length;
for(let i4=0; i4<len4; i4++){
let data152 = data151[i4];
if(typeof data152 !== "string"){
const err35 = {instancePath:instancePath+"/include/" + i4,schemaPath:"#/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.include.items.type,parentSchema:schema38.properties.include.items,data:data152};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.include.type,parentSchema:schema38.properties.include,data:data151};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.exclude !== undefined){
let data153 = data.exclude;
if(Array.isArray(data153)){
const len5 = data153.length;
for(let i5=0; i5<len5; i5++){
let data154 = data153[i5];
if(typeof data154 !== "string"){
const err37 = {instancePath:instancePath+"/exclude/" + i5,schemaPath:"#/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.exclude.items.type,parentSchema:schema38.properties.exclude.items,data:data154};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.exclude.type,parentSchema:schema38.properties.exclude,data:data153};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.progress !== undefined){
let data155 = data.progress;
if(data155 && typeof data155 == "object" && !Array.isArray(data155)){
if(data155.stalledWeeks !== undefined){
let data156 = data155.stalledWeeks;
if(!(((typeof data156 == "number") && (!(data156 % 1) && !isNaN(data156))) && (isFinite(data156)))){
const err39 = {instancePath:instancePath+"/progress/stalledWeeks",schemaPath:"#/properties/progress/properties/stalledWeeks/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.progress.properties.stalledWeeks.type,parentSchema:schema38.properties.progress.properties.stalledWeeks,data:data156};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data156 == "number") && (isFinite(data156))){
if(data156 < 1 || isNaN(data156)){
const err40 = {instancePath:instancePath+"/progress/stalledWeeks",schemaPath:"#/properties/progress/properties/stalledWeeks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema38.properties.progress.properties.stalledWeeks,data:data156};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data155.lateDays !== undefined){
let data157 = data155.lateDays;
if(!(((typeof data157 == "number") && (!(data157 % 1) && !isNaN(data157))) && (isFinite(data157)))){
const err41 = {instancePath:instancePath+"/progress/lateDays",schemaPath:"#/properties/progress/properties/lateDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.progress.properties.lateDays.type,parentSchema:schema38.properties.progress.properties.lateDays,data:data157};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data157 == "number") && (isFinite(data157))){
if(data157 < 0 || isNaN(data157)){
const err42 = {instancePath:instancePath+"/progress/lateDays",schemaPath:"#/properties/progress/properties/lateDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.progress.properties.lateDays,data:data157};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data155.rho !== undefined){
let data158 = data155.rho;
if((typeof data158 == "number") && (isFinite(data158))){
if(data158 < 0 || isNaN(data158)){
const err43 = {instancePath:instancePath+"/progress/rho",schemaPath:"#/properties/progress/properties/rho/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.progress.properties.rho,data:data158};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data158 >= 1 || isNaN(data158)){
const err44 = {instancePath:instancePath+"/progress/rho",schemaPath:"#/properties/progress/properties/rho/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1",schema:1,parentSchema:schema38.properties.progress.properties.rho,data:data158};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/progress/rho",schemaPath:"#/properties/progress/properties/rho/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.progress.properties.rho.type,parentSchema:schema38.properties.progress.properties.rho,data:data158};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/progress",schemaPath:"#/properties/progress/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.progress.type,parentSchema:schema38.properties.progress,data:data155};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

