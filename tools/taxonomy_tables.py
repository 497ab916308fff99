"""Curated tables of tools/build-taxonomy.py: what the sources cannot say by themselves.

Keys of the sets and dicts are compared case-insensitively (build-taxonomy.key()), so they are written
in lower case. Everything here is the Jobdesk project's own work.
"""

# ---------------------------------------------------------------------------------------------------
# Canonical names, categories and aliases that matter most to a matcher over job listings.
# name | category | aliases. Processed before every source, so a source's "Oracle Java" or "Google
# Angular" merges into the skill named here, and these aliases win every conflict.

CURATED = r"""
# Languages
JavaScript | language | JS, ECMAScript, ES6, Vanilla JS, vanilla JavaScript
TypeScript | language | TS
Python | language | Python 3, Python3
Java | language | Core Java, Java SE, Java 8, Java 11, Java 17, Java 21
C# | language | csharp, C Sharp, C#.NET
C++ | language | cpp, cplusplus, C plus plus, Modern C++, C++11, C++14, C++17, C++20
C | language | ANSI C, C language, C programming, Embedded C
Go | language | Golang, Go lang, Go language
Rust | language | Rust lang
Kotlin | language |
Swift | language | Swift 5, Apple Swift
Objective-C | language | ObjC, Obj-C, Objective C
PHP | language | PHP 7, PHP 8, Hypertext Preprocessor
Ruby | language |
Scala | language |
R | language | R language, R programming, RStudio language
SQL | language | Structured Query Language
T-SQL | language | TSQL, Transact-SQL, Transact SQL
PL/SQL | language | PLSQL, Oracle PL/SQL
PL/pgSQL | language | PLpgSQL
Bash | language | Bash scripting, Bash shell, Bash script
Shell | language | shell scripting, shell script, shell scripts, Unix shell, sh
PowerShell | language | Windows PowerShell, Microsoft PowerShell, pwsh
Perl | language |
Dart | language |
Elixir | language |
Erlang | language |
Haskell | language |
Lua | language |
MATLAB | language | Matlab, The MathWorks MATLAB
Julia | language | Julia language
Groovy | language | Apache Groovy
Visual Basic .NET | language | VB.NET, VB .NET, VBNET
VBA | language | Visual Basic for Applications, Excel VBA, Microsoft Visual Basic for Applications
Visual Basic | language | Microsoft Visual Basic, VB6, Visual Basic 6
COBOL | language |
Fortran | language |
Assembly | language | assembly language, assembler, ASM
Solidity | language |
HTML | language | HTML5, HTML 5, Hypertext Markup Language
CSS | language | CSS3, Cascading Style Sheets
Sass | language | Syntactically Awesome Style Sheets
SCSS | language |
Clojure | language |
F# | language | fsharp, F Sharp
OCaml | language |
Zig | language |
WebAssembly | language | Wasm
Apex | language | Salesforce Apex
ABAP | language | SAP ABAP
LaTeX | language | TeX
Markdown | language |
JSON | language | JavaScript Object Notation
XML | language | Extensible Markup Language
YAML | language |
GraphQL | language |
Regular expressions | language | regex, regexes, regexp, regular expression
# Frameworks and libraries
React | framework | React.js, ReactJS, React JS
React Native | framework | ReactNative
Angular | framework | Angular 2, Angular 2+, Google Angular
AngularJS | framework | Angular.js, Angular JS
Vue.js | framework | Vue, VueJS, Vue JS, Vue 3
Next.js | framework | NextJS, Next JS
Nuxt | framework | Nuxt.js, NuxtJS
Svelte | framework | SvelteKit
Node.js | framework | Node, NodeJS, Node JS
Express | framework | Express.js, ExpressJS
NestJS | framework | Nest.js, Nest JS
Deno | framework |
jQuery | framework |
Bootstrap | framework | Twitter Bootstrap
Tailwind CSS | framework | Tailwind, TailwindCSS
Redux | framework |
Django | framework | Django REST framework, DRF
Flask | framework |
FastAPI | framework |
Spring Boot | framework | SpringBoot, Spring-Boot
Spring Framework | framework | Spring, Spring MVC, Spring Core
Hibernate | framework | Hibernate ORM
.NET | framework | dotnet, dot net, .NET Core, .NET Framework, .NET 6, .NET 8, Microsoft .NET
ASP.NET | framework | ASP.NET Core, ASP.NET MVC, ASPNET
Entity Framework | framework | EF Core, Entity Framework Core
Blazor | framework |
Ruby on Rails | framework | Rails, RoR
Laravel | framework |
Symfony | framework |
Qt | framework | Qt Framework, Qt5, Qt6, QML
Flutter | framework |
Xamarin | framework |
Electron | framework | Electron.js
Unity | framework | Unity3D, Unity 3D, Unity Engine
Unreal Engine | framework | UE4, UE5, Unreal
JUnit | framework |
pytest | framework | PyTest
Jest | framework |
Mocha | framework |
Cypress | tooling | Cypress.io
Playwright | tooling |
Selenium | tooling | Selenium WebDriver
gRPC | framework |
Protocol Buffers | framework | protobuf, Protocol Buffer
OpenAPI | framework | Swagger, OpenAPI Specification
# Data and ML
Pandas | data | pandas library
NumPy | data | Numpy
SciPy | data |
scikit-learn | data | sklearn, scikit learn, scikit
PyTorch | data |
TensorFlow | data | Tensorflow 2
Keras | data |
XGBoost | data |
Hugging Face | data | HuggingFace, Hugging Face Transformers
LangChain | data |
Apache Spark | data | Spark, PySpark, Spark SQL
Apache Hadoop | data | Hadoop, HDFS
Apache Hive | data | Hive, HiveQL
Apache Airflow | data | Airflow
Apache Flink | data | Flink
dbt | data | data build tool
Databricks | data |
Jupyter | data | Jupyter Notebook, Jupyter Notebooks, JupyterLab
Tableau | data | Tableau Desktop
Power BI | data | PowerBI, Microsoft Power BI, MS Power BI
Looker | data |
Machine learning | data | ML
Deep learning | data |
Natural language processing | data | NLP
Computer vision | data |
Large language models | data | LLM, LLMs, large language model
Generative AI | data | GenAI, Gen AI
Artificial intelligence | data | AI
Data science | data |
Data analysis | data | data analytics
Data visualization | data | data visualisation, dataviz
Data engineering | data |
Data warehousing | data | data warehouse, DWH
ETL | data | extract transform load, ELT
Big data | data |
Statistics | data | statistical analysis
A/B testing | data | AB testing, split testing
MLOps | data |
SAS | data | SAS programming, Statistical Analysis System
SPSS | data | IBM SPSS, IBM SPSS Statistics
Stata | data |
# Databases
PostgreSQL | database | Postgres, PostgresSQL, pgSQL, Postgre SQL
MySQL | database | My SQL
MariaDB | database |
SQLite | database |
Microsoft SQL Server | database | SQL Server, MSSQL, MS SQL, MS SQL Server
Oracle Database | database | Oracle DB, Oracle RDBMS, Oracle
MongoDB | database | Mongo, Mongo DB
Redis | database |
Apache Cassandra | database | Cassandra
Elasticsearch | database | Elastic Search
OpenSearch | database |
DynamoDB | database | Amazon DynamoDB, AWS DynamoDB
Neo4j | database |
Couchbase | database |
CouchDB | database | Apache CouchDB
InfluxDB | database |
ClickHouse | database |
Snowflake | database |
BigQuery | database | Google BigQuery
Amazon Redshift | database | Redshift, AWS Redshift
IBM Db2 | database | DB2, IBM DB2
NoSQL | database | NoSQL databases
Relational databases | database | RDBMS, relational database
# Cloud and platforms
AWS | cloud | Amazon Web Services, Amazon AWS
Azure | cloud | Microsoft Azure, MS Azure
Google Cloud | cloud | GCP, Google Cloud Platform
Amazon EC2 | cloud | EC2, AWS EC2, Amazon Elastic Compute Cloud
Amazon S3 | cloud | S3, AWS S3, Amazon Simple Storage Service
AWS Lambda | cloud | Lambda
Amazon RDS | cloud | AWS RDS
Amazon ECS | cloud | AWS ECS
Amazon EKS | cloud | AWS EKS, EKS
Azure Functions | cloud |
Google Kubernetes Engine | cloud | GKE
Heroku | cloud |
Vercel | cloud |
Netlify | cloud |
DigitalOcean | cloud | Digital Ocean
Cloudflare | cloud |
Firebase | cloud | Google Firebase
Supabase | cloud |
OpenShift | cloud | Red Hat OpenShift
Serverless | cloud | serverless computing, serverless architecture
Cloud computing | cloud |
Linux | cloud | GNU/Linux
Unix | cloud |
Microsoft Windows | cloud | Windows
Windows Server | cloud | Microsoft Windows Server
macOS | cloud | Mac OS X, OS X, Apple macOS
iOS | cloud | Apple iOS
Android | cloud | Google Android, Android SDK
Salesforce | cloud | SFDC, Salesforce.com, Salesforce CRM
SAP | tooling | SAP ERP, SAP software
ServiceNow | tooling |
# DevOps and tools
Docker | tooling | Docker containers, Docker Compose
Kubernetes | tooling | k8s, kube
Helm | tooling | Helm charts
Terraform | tooling | HashiCorp Terraform, IBM Terraform
Ansible | tooling | Red Hat Ansible
Puppet | tooling |
Chef | tooling | Chef Infra
Vagrant | tooling | HashiCorp Vagrant
Jenkins | tooling | Jenkins CI, Jenkins pipelines
GitHub Actions | tooling | GH Actions
GitLab CI | tooling | GitLab CI/CD
CircleCI | tooling | Circle CI
Travis CI | tooling |
Argo CD | tooling | ArgoCD
Git | tooling |
GitHub | tooling |
GitLab | tooling |
Bitbucket | tooling | Atlassian Bitbucket
Subversion | tooling | SVN, Apache Subversion
Maven | tooling | Apache Maven
Gradle | tooling |
npm | tooling |
Webpack | tooling |
Vite | tooling |
Babel | tooling |
ESLint | tooling |
CMake | tooling |
Jira | tooling | JIRA, Atlassian Jira, Atlassian JIRA
Confluence | tooling | Atlassian Confluence
Prometheus | tooling |
Grafana | tooling |
Datadog | tooling |
Splunk | tooling | Splunk Enterprise
New Relic | tooling |
ELK Stack | tooling | ELK, Elastic Stack
Nginx | tooling | NGINX
Apache HTTP Server | tooling | Apache httpd, Apache web server
Apache Kafka | tooling | Kafka
RabbitMQ | tooling |
Postman | tooling |
Visual Studio Code | tooling | VS Code, VSCode
Visual Studio | tooling | Microsoft Visual Studio
IntelliJ IDEA | tooling | IntelliJ, JetBrains IntelliJ IDEA
Eclipse | tooling | Eclipse IDE
Vim | tooling |
Figma | tooling |
Slack | tooling |
Microsoft Excel | tooling | Excel, MS Excel
Microsoft Office | tooling | MS Office, Office 365, Microsoft Office software
Microsoft 365 | tooling | M365
Microsoft PowerPoint | tooling | PowerPoint, MS PowerPoint
Microsoft Teams | tooling | MS Teams
Google Workspace | tooling | G Suite, GSuite, Google Workspace software
HubSpot | tooling | HubSpot CRM
Zendesk | tooling |
# More of what listings name (gaps the sources leave)
OAuth | framework | OAuth 2.0, OAuth2
OpenID Connect | framework | OIDC
SAML | framework | SAML 2.0
LDAP | framework | Lightweight Directory Access Protocol
Active Directory | tooling | Microsoft Active Directory, AD DS, Azure AD, Entra ID, Microsoft Entra ID
Okta | tooling |
Keycloak | tooling |
Firewalls | domain | firewall, firewall configuration
TCP/IP | domain | TCP, TCP IP
DNS | domain | Domain Name System
HTTP | framework | HTTPS, HTTP/2
WebSockets | framework | WebSocket
Blender | tooling |
QGIS | tooling |
ArcGIS | tooling | ESRI ArcGIS, Esri ArcGIS, ArcGIS Pro, ESRI, ESRI ArcGIS software
Power Automate | tooling | Microsoft Power Automate, Microsoft Flow
Power Apps | tooling | Microsoft Power Apps, PowerApps
Power Platform | tooling | Microsoft Power Platform
Microsoft SharePoint | tooling | SharePoint, SharePoint Online
Microsoft Outlook | tooling | MS Outlook
Microsoft Word | tooling | MS Word
Google Analytics | tooling | GA4, Google Analytics 4
Google Ads | tooling | Google AdWords, AdWords
Search engine marketing | practice | SEM
Mailchimp | tooling | MailChimp
QlikView | data |
Qlik Sense | data | Qlik
Talend | data |
Informatica PowerCenter | data | PowerCenter, Informatica Corporation PowerCenter
SSIS | data | SQL Server Integration Services, Microsoft SQL Server Integration Services
SSRS | data | SQL Server Reporting Services, Microsoft SQL Server Reporting Services
SSAS | data | SQL Server Analysis Services, Microsoft SQL Server Analysis Services
Istio | tooling |
Envoy | tooling | Envoy Proxy
HashiCorp Consul | tooling | Consul
HashiCorp Vault | tooling | Vault
Packer | tooling | HashiCorp Packer
Pulumi | tooling |
AWS CloudFormation | cloud | CloudFormation
Flux | tooling | FluxCD, Flux CD
Spinnaker | tooling |
TeamCity | tooling | JetBrains TeamCity, JetBrains Team City
Atlassian Bamboo | tooling | Bamboo
Octopus Deploy | tooling |
Azure DevOps | tooling | Azure DevOps Services, VSTS, TFS, Team Foundation Server, Microsoft Team Foundation Server
UIKit | framework |
SwiftUI | framework |
Jetpack Compose | framework |
Kotlin Multiplatform | framework | KMP, Kotlin Multiplatform Mobile, KMM
JPA | framework | Java Persistence API, Jakarta Persistence
LINQ | framework | Language Integrated Query
Dapper | framework |
MyBatis | framework | iBatis
Sequelize | framework |
TypeORM | framework |
SQLAlchemy | framework |
Mongoose | framework |
Prisma | framework |
Material UI | framework | MUI, Material-UI
Chakra UI | framework |
Storybook | tooling |
Penetration testing | domain | pentesting, pen testing, pentest
SIEM | tooling | security information and event management
SOC | domain | security operations center, security operations centre
ISO 27001 | domain | ISO/IEC 27001, ISO27001
GDPR | domain | General Data Protection Regulation
PCI DSS | domain | PCI-DSS, PCI compliance
HIPAA | domain |
SOX | domain | Sarbanes-Oxley, SOX compliance
Six Sigma | practice | Lean Six Sigma
PRINCE2 | practice | PRINCE2 project management
PMP | practice | Project Management Professional
ITIL | practice | ITIL v4, ITIL 4
COBIT | practice |
TOGAF | practice |
Bookkeeping | domain | book-keeping
Financial modeling | domain | financial modelling
Budgeting | practice | budget planning
Forecasting | practice |
Auditing | practice | audit
Payroll | domain | payroll processing
Intuit QuickBooks | tooling | QuickBooks
Xero | tooling |
NetSuite | tooling | Oracle NetSuite, NetSuite ERP
Workday | tooling | Workday HCM
Account management | domain | key account management
Business development | domain | BizDev
Lead generation | domain | lead gen
Cold calling | domain | cold-calling
CRM | tooling | customer relationship management, customer relationship management software, CRM systems, client relationship management
ERP | tooling | enterprise resource planning, ERP systems
Recruitment | domain | recruiting, talent sourcing
Talent acquisition | domain |
Onboarding | practice | employee onboarding
Employee relations | domain |
Manual testing | practice |
Regression testing | practice |
Performance testing | practice | load testing, stress testing
Apache JMeter | tooling | JMeter
k6 | tooling | Grafana k6
Gatling | tooling |
System administration | practice | sysadmin, systems administration
Linux administration | practice | Linux system administration
VMware | cloud | VMware vSphere, vSphere, ESXi, VMware ESXi
Hyper-V | cloud | Microsoft Hyper-V, Microsoft Hyper-V Server
Citrix | cloud | Citrix XenApp, Citrix Virtual Apps
Data governance | data |
Data quality | data | data quality management
Master data management | data | MDM
Data pipelines | data | data pipeline
Stream processing | data | streaming data, real-time data processing
Amazon Kinesis | cloud | Kinesis, AWS Kinesis
Google Cloud Pub/Sub | cloud | Pub/Sub, GCP Pub/Sub
Google Cloud Dataflow | cloud | Dataflow
AWS Glue | cloud | Glue
Amazon Athena | cloud | Athena, AWS Athena
AWS Fargate | cloud | Fargate
Amazon CloudWatch | cloud | CloudWatch, AWS CloudWatch
AWS IAM | cloud | IAM, AWS Identity and Access Management
Amazon VPC | cloud | AWS VPC
Amazon Route 53 | cloud | Route 53, Route53
Amazon CloudFront | cloud | CloudFront
Amazon API Gateway | cloud | API Gateway, AWS API Gateway
Amazon SQS | cloud | SQS, AWS SQS
Amazon SNS | cloud | SNS, AWS SNS
AWS Step Functions | cloud | Step Functions
Amazon SageMaker | data | SageMaker, AWS SageMaker, Amazon Web Services AWS SageMaker
Amazon EMR | cloud | AWS EMR, Elastic MapReduce, AWS Elastic MapReduce, Amazon Elastic MapReduce
Azure Data Factory | cloud | ADF
Azure Synapse Analytics | cloud | Azure Synapse, Synapse Analytics
Azure Cosmos DB | database | Cosmos DB, CosmosDB
Azure Kubernetes Service | cloud | AKS
Google Cloud Functions | cloud | Cloud Functions
Google Cloud Run | cloud | Cloud Run
Firestore | database | Cloud Firestore
Vertex AI | data | Google Vertex AI
MLflow | data |
Kubeflow | data |
Ray | data | Ray framework
Dask | data |
Polars | data |
Matplotlib | data |
Seaborn | data |
Plotly | data | Plotly Dash, Dash
D3.js | framework | D3, D3js
Looker Studio | data | Google Data Studio, Data Studio
Metabase | data |
Apache Superset | data | Superset
Amplitude | data |
Mixpanel | data |
Segment | data | Twilio Segment
Hotjar | data |
Optimizely | data |
OpenAI API | data | OpenAI, GPT API, ChatGPT API
Transformers | data | Hugging Face Transformers library
BERT | data |
Retrieval-augmented generation | data | RAG, retrieval augmented generation
Vector databases | database | vector database, vector DB, vector search
Pinecone | database |
Weaviate | database |
Milvus | database |
FAISS | data | Faiss
pgvector | database |
Prompt engineering | data | prompt design
Fine-tuning | data | model fine-tuning, LLM fine-tuning
ONNX | data |
NLTK | data | Natural Language Toolkit
CUDA | framework | Nvidia CUDA
OpenCV | data |
spaCy | data |
FreeRTOS | tooling |
RTOS | domain | real-time operating systems, real-time operating system
ARM | domain | ARM architecture, ARM Cortex, ARM Cortex-M
FPGA | domain | field-programmable gate array, FPGAs
PCB design | domain | printed circuit board design
KiCad | tooling |
I2C | domain | I²C
SPI | domain | Serial Peripheral Interface
UART | domain |
CAN bus | domain | CAN, CANbus, CAN-bus
Embedded Linux | domain |
Yocto | tooling | Yocto Project
Device drivers | domain | device driver development, driver development
# Engineering concepts listings ask for
Concurrency | practice | concurrent programming
Multithreading | practice | multi-threading, multithreaded programming
Asynchronous programming | practice | async programming
Caching | practice | cache design
Load balancing | practice | load balancers, load balancer
High availability | practice | HA architecture
Scalability | practice | scalable systems
Performance optimization | practice | performance tuning, performance optimisation
Message queues | practice | message queue, message brokers, message broker, messaging systems
Event sourcing | practice |
CQRS | practice | Command Query Responsibility Segregation
Containerization | practice | containerisation, containers
Virtualization | practice | virtualisation
Service-oriented architecture | practice | SOA
API development | practice | API integration, API integrations, building APIs
Web services | practice | SOAP, web service
Parallel computing | practice | parallel programming
High-performance computing | domain | HPC
GPU programming | practice |
Computer architecture | domain |
Compilers | domain | compiler design, compiler construction
Operating systems | domain | OS internals
Linux kernel | domain | kernel development
Networking protocols | domain | network protocols
Web performance | practice | frontend performance
Cross-browser compatibility | practice | cross browser testing
Debugging | practice | troubleshooting code
Refactoring | practice | code refactoring
Clean code | practice |
SOLID | practice | SOLID principles
Technical debt management | practice |
Observability | practice |
Incident management | practice | incident response management
On-call | practice | on call, on-call rotation
Troubleshooting | practice | problem diagnosis
Technical support | domain | tech support, IT support
Help desk | domain | helpdesk, service desk
Hardware troubleshooting | domain |
Backup and recovery | practice | backups, backup and restore
Monitoring and alerting | practice | alerting
# Data analysis and science methods
Data cleaning | data | data cleansing, data wrangling, data preparation
Feature engineering | data |
Time series analysis | data | time series forecasting
Regression analysis | data | linear regression, logistic regression
Hypothesis testing | data | statistical testing, significance testing
Bayesian statistics | data | Bayesian inference, Bayesian methods
Econometrics | data |
Predictive modeling | data | predictive modelling, predictive analytics
Recommender systems | data | recommendation systems, recommendation engines
Anomaly detection | data | outlier detection
Clustering | data | cluster analysis
Classification | data | classification models
Optimization | data | mathematical optimization, optimisation
Operations research | data |
Linear algebra | domain |
Calculus | domain |
Probability | domain | probability theory
Experimental design | data | design of experiments, DOE
Dashboards | data | dashboarding, dashboard development
Reporting | data | report development, reporting tools
KPI tracking | data | KPIs, key performance indicators, KPI reporting
Data storytelling | data |
Quantitative analysis | data | quantitative research
Qualitative research | practice | qualitative analysis
Survey design | practice | questionnaire design
Text mining | data | text analytics
Sentiment analysis | data |
Image recognition | data | image classification
Neural networks | data | neural network, artificial neural networks
Reinforcement learning | data |
Transfer learning | data |
# Business, finance, operations
Financial reporting | domain |
Financial analysis | domain | financial analytics
Financial planning and analysis | domain | FP&A
Cash flow management | domain | cash management
Accounts payable | domain | AP
Accounts receivable | domain | AR
General ledger | domain | GL accounting
Account reconciliation | domain | reconciliations, bank reconciliation
Invoicing | domain | billing
Procurement | domain | purchasing, sourcing
Vendor management | domain | supplier management, vendor relations
Inventory management | domain | stock management, inventory control
Logistics | domain | logistics management
Operations management | domain | business operations
Customer success | domain | customer success management
Customer experience | domain | CX
Product marketing | domain |
Brand management | domain | branding
Market analysis | domain | market analytics
Competitive analysis | domain | competitor analysis, competitive intelligence
Pricing strategy | domain | pricing
Growth marketing | domain | growth hacking
Email marketing | domain | email campaigns
Affiliate marketing | domain |
Influencer marketing | domain |
Performance marketing | domain | paid acquisition, paid media
Marketing automation | domain |
Event planning | domain | event management
Public relations | domain | PR, media relations
Contract negotiation | domain | contract negotiations
Regulatory compliance | domain | compliance
Anti-money laundering | domain | AML
Know your customer | domain | KYC
Risk assessment | practice |
Business intelligence | data | BI
Business process improvement | practice | process improvement, BPI
Business process modeling | practice | BPMN, business process modelling
Continuous improvement | practice | Kaizen
Root cause analysis | practice | RCA
Strategic planning | practice | strategy development
OKRs | practice | objectives and key results
Roadmapping | practice | product roadmap, roadmap planning
User stories | practice | writing user stories
Backlog management | practice | backlog grooming, backlog refinement
Sprint planning | practice |
Release management | practice |
Configuration management | practice |
IT service management | practice | ITSM
Vendor evaluation | practice |
Cost control | domain | cost reduction
# Design, content, communication work
Graphic design | domain |
Illustration | domain |
Animation | domain | motion graphics animation
3D modeling | domain | 3D modelling, 3D design
Motion design | domain | motion graphics
Video editing | domain | video production
Photo editing | domain | photo retouching, image editing
Wireframing | practice | wireframes
Prototyping | practice | prototypes, rapid prototyping
User research | practice | UX research
Usability testing | practice | user testing
Interaction design | practice | IxD
Design systems | practice | design system
Content writing | domain | content creation
Content strategy | domain |
Editing | domain | copy editing, copyediting
Proofreading | domain |
Translation | domain | translating
Technical support writing | domain | knowledge base articles
Instructional design | practice | e-learning design
Curriculum development | practice | curriculum design
Training delivery | practice | training facilitation, delivering training
Grant writing | domain | grant applications
Fundraising | domain |
Social media management | domain | social media
Community management | domain | community building
# Security work
Threat modeling | domain | threat modelling
Incident response | domain | security incident response
Vulnerability management | domain | vulnerability assessment, vulnerability scanning
Identity and access management | domain | IAM systems, identity management, access management
Zero trust | domain | zero trust architecture
Network security | domain |
Cloud security | domain |
Application security | domain | AppSec, secure coding
Security audits | domain | security auditing
Digital forensics | domain | computer forensics
Encryption | domain | data encryption
Public key infrastructure | domain | PKI
OWASP | domain | OWASP Top 10
# More tools listings name
Microsoft Dynamics 365 | tooling | Dynamics 365, D365, MS Dynamics
Adobe XD | tooling |
Adobe Creative Suite | tooling | Adobe Creative Cloud, Creative Cloud, Adobe CC
Adobe Photoshop | tooling | Photoshop
Adobe Illustrator | tooling | Illustrator
Adobe Premiere Pro | tooling | Premiere Pro
Adobe After Effects | tooling | After Effects
Canva | tooling |
Trello | tooling |
Asana | tooling |
Monday.com | tooling | monday
Notion | tooling | Notion.so
Miro | tooling | Miro board
Lucidchart | tooling |
Microsoft Visio | tooling | Visio, MS Visio
Microsoft Project | tooling | MS Project
Smartsheet | tooling |
Zapier | tooling |
Airtable | tooling |
Google Sheets | tooling | Sheets
Google Docs | tooling |
Microsoft Access | tooling | MS Access
Microsoft Dynamics | tooling |
Oracle E-Business Suite | tooling | Oracle EBS, Oracle Applications
SAP S/4HANA | tooling | S/4HANA, S4HANA, SAP S4
SAP HANA | database | HANA
SAP FICO | tooling | SAP FI/CO, SAP FI, SAP CO
Freshdesk | tooling |
Intercom | tooling |
Marketo | tooling | Marketo Marketing Automation, Adobe Marketo
Pardot | tooling | Salesforce Pardot
Semrush | tooling | SEMrush
Ahrefs | tooling |
Google Tag Manager | tooling | GTM
WordPress | tooling | WP
Shopify | tooling |
Magento | tooling | Adobe Commerce
WooCommerce | tooling |
Webflow | tooling |
Contentful | tooling |
Strapi | tooling |
Stripe | tooling | Stripe API
Twilio | tooling | Twilio API
Sentry | tooling |
PagerDuty | tooling |
Nagios | tooling |
Zabbix | tooling |
SonarQube | tooling | Sonar, SonarCloud
Snyk | tooling |
Artifactory | tooling | JFrog Artifactory
Nexus Repository | tooling | Sonatype Nexus, Nexus
Vagrant Cloud | tooling |
Linux shell | tooling | command line, command-line, CLI tools, terminal
tmux | tooling |
Wireshark | tooling |
Nmap | tooling |
Metasploit | tooling | Metasploit Framework
Google Colab | data | Colab, Colaboratory
RStudio | data | Posit
Anaconda | data | conda
Excel formulas | tooling | Excel functions, VLOOKUP, pivot tables, XLOOKUP
Power Query | data | M language
DAX | data | Data Analysis Expressions
# Practices and methods
CI/CD | practice | CI CD, CICD, CI/CD pipelines, continuous integration and continuous delivery, continuous integration and continuous deployment
Continuous integration | practice |
Continuous delivery | practice | continuous deployment
DevOps | practice | Dev Ops
DevSecOps | practice |
Site reliability engineering | practice | SRE
Infrastructure as code | practice | IaC
GitOps | practice |
Agile | practice | Agile methodology, Agile methodologies, Agile development, Agile software development
Scrum | practice | Scrum methodology
Kanban | practice |
Lean | practice | Lean methodology
Test-driven development | practice | TDD, test driven development
Behavior-driven development | practice | BDD, behaviour-driven development
Unit testing | practice | unit tests
Integration testing | practice | integration tests
Test automation | practice | automated testing
Code review | practice | code reviews
Pair programming | practice |
Object-oriented programming | practice | OOP, object oriented programming, object-oriented design, OOD
Functional programming | practice |
Design patterns | practice | software design patterns
Domain-driven design | practice | DDD
Microservices | practice | microservice, microservice architecture, microservices architecture
REST | practice | REST API, REST APIs, RESTful, RESTful API, RESTful APIs, RESTful services, RESTful web services
Event-driven architecture | practice | EDA, event driven architecture
System design | practice | systems design
Software architecture | practice |
Distributed systems | practice |
Data structures | practice |
Algorithms | practice | algorithm design
API design | practice |
Version control | practice | source control
Software testing | practice | QA testing
Quality assurance | practice | QA
Project management | practice | project planning
Product management | practice |
Stakeholder management | practice | stakeholder engagement
Requirements analysis | practice | requirements gathering, requirements engineering
Business analysis | practice |
Risk management | practice |
Change management | practice |
Technical writing | practice | technical documentation
UX design | practice | user experience design, user experience, UX
UI design | practice | user interface design
Responsive design | practice | responsive web design
Accessibility | practice | web accessibility, a11y
Search engine optimization | practice | SEO, search engine optimisation
Web development | practice |
Front-end development | practice | frontend development, front end development, frontend
Back-end development | practice | backend development, back end development, backend
Full-stack development | practice | full stack development, fullstack development, full-stack, full stack
Mobile development | practice | mobile app development
Game development | practice | gamedev
Embedded systems | domain | embedded software, embedded development
# Soft skills
Communication | soft | communication skills, communicate effectively
Written communication | soft | writing skills
Verbal communication | soft | oral communication
Teamwork | soft | team player, team work, team-working, working in teams
Collaboration | soft | collaborative
Leadership | soft | leadership skills, team leadership
Problem solving | soft | problem-solving, problem solving skills
Critical thinking | soft |
Analytical skills | soft | analytical thinking, analytical mindset
Time management | soft |
Prioritization | soft | prioritisation, prioritizing, prioritising
Adaptability | soft | flexibility, adaptable
Initiative | soft | self-starter, proactivity
Attention to detail | soft | detail-oriented, detail oriented, eye for detail
Working independently | soft | work independently, work autonomously, autonomy
Self-motivation | soft | self-motivated
Active listening | soft |
Working under pressure | soft | stress resistance, resilience
Negotiation | soft | negotiation skills
Presentation skills | soft | presenting, public speaking, presentations
Creativity | soft | creative thinking
Emotional intelligence | soft |
Empathy | soft |
Mentoring | soft | mentorship, mentor
Coaching | soft |
Conflict resolution | soft | conflict management
Decision making | soft | decision-making
Customer service | soft | customer care, customer support
Interpersonal skills | soft | interpersonal
Organizational skills | soft | organisational skills, organization skills
Multitasking | soft | multi-tasking
Accountability | soft | ownership
Intercultural competence | soft | cultural awareness, intercultural communication
Willingness to learn | soft | eagerness to learn, learning agility
Networking skills | soft | relationship building
Strategic thinking | soft | strategic mindset
Business acumen | soft | commercial awareness, commercial acumen
Logical thinking | soft | logical reasoning
Persuasion | soft | persuasive communication
Influencing | soft | influencing skills, stakeholder influence
Storytelling | soft |
Facilitation | soft | workshop facilitation, meeting facilitation
Giving feedback | soft | constructive feedback
Cross-functional collaboration | soft | cross-functional teamwork, cross-team collaboration
Client-facing skills | soft | client facing, customer-facing
Diplomacy | soft | tact and diplomacy
Integrity | soft | honesty
Professionalism | soft |
Work ethic | soft | strong work ethic
Patience | soft |
Positive attitude | soft | can-do attitude
Resourcefulness | soft | resourceful
Curiosity | soft | intellectual curiosity
Open-mindedness | soft | open-minded
Growth mindset | soft |
Customer focus | soft | customer-centric, customer orientation
Results orientation | soft | results-driven, results-oriented, goal-oriented
Goal setting | soft |
Self-awareness | soft |
Team building | soft | team-building
Crisis management | soft |
Sound judgement | soft | judgment, good judgement
Confidentiality | soft | discretion
Punctuality | soft |
Self-management | soft | self-organization, self-organisation
Jakarta EE | framework | Java EE, J2EE, JEE, Java Enterprise Edition
XAML | language | Extensible Application Markup Language
Red Hat Enterprise Linux | cloud | RHEL
VxWorks | cloud | Wind River VxWorks
Crystal Reports | data | SAP Crystal Reports
Burp Suite | tooling | Burp
# Domains
Cybersecurity | domain | cyber security, information security, InfoSec, IT security
Computer networking | domain | networking, network administration
Cryptography | domain |
Blockchain | domain |
Internet of things | domain | IoT
Robotics | domain |
Bioinformatics | domain |
E-commerce | domain | ecommerce, e-commerce platforms
Fintech | domain | financial technology
Accounting | domain |
Finance | domain |
Marketing | domain |
Digital marketing | domain | online marketing
Sales | domain |
Human resources | domain | HR, human resource management, HRM
Supply chain management | domain | supply chain, SCM
"""

# A source's name for a skill whose canonical name is elsewhere: the source's name becomes an alias.
RENAME = {
    "tsql": "T-SQL",
    "plsql": "PL/SQL",
    "plpgsql": "PL/pgSQL",
    "tex": "LaTeX",
    "protocol buffer": "Protocol Buffers",
    "openapi specification v3": "OpenAPI",
    "openapi specification v2": "OpenAPI",
    "jsonld": "JSON-LD",
    "salt": "SaltStack",
    "saltstack": "SaltStack",
    "vue": "Vue.js",
    "rails": "Ruby on Rails",
    "spring": "Spring Framework",
    "nextjs": "Next.js",
    "next": "Next.js",
    "nest": "NestJS",
    "nuxt.js": "Nuxt",
    "tensorflow": "TensorFlow",
    "elasticsearch": "Elasticsearch",
    "sql-server": "Microsoft SQL Server",
    "amazon web services": "AWS",
    "google cloud platform": "Google Cloud",
    "actions": "GitHub Actions",
    "cicd": "CI/CD",
    "rest api": "REST",
    "microservice": "Microservices",
    "regular expression": "Regular expressions",
    "tailwind css": "Tailwind CSS",
    "oracle java": "Java",
    "jenkins ci": "Jenkins",
    "matlab": "MATLAB",
    "the mathworks matlab": "MATLAB",
    "atlassian jira": "Jira",
    "microsoft windows": "Microsoft Windows",
    "apple macos": "macOS",
    "microsoft sql server reporting services": "SSRS",
    "microsoft sql server integration services": "SSIS",
    "micosoft sql server analysis services": "SSAS",
    "amazon elastic compute cloud": "Amazon EC2",
    "amazon simple storage service s3": "Amazon S3",
    "amazon web services aws cloudformation": "AWS CloudFormation",
    "microsoft azure devops services": "Azure DevOps",
    "microsoft transact-structural query language": "T-SQL",
    "shell script": "Shell",
    "unix shell": "Shell",
    "deep neural networks": "Deep learning",
    "large language model": "Large language models",
    "llm": "Large language models",
    "ai": "Artificial intelligence",
    "nlp": "Natural language processing",
    "gis": "Geographic information system",
    "ux": "UX design",
    "ui-design": "UI design",
    "user interface design": "UI design",
    "web-accessibility": "Accessibility",
    "web accessibility": "Accessibility",
    "search engine optimization": "Search engine optimization",
    "frontend": "Front-end development",
    "front end": "Front-end development",
    "backend": "Back-end development",
    "back end": "Back-end development",
    "oop": "Object-oriented programming",
    "network": "Computer networking",
    "iot": "Internet of things",
    "ios": "iOS",
    "sas language": "SAS",
    "batch file": "Batchfile",
    "rocq prover": "Coq",
    "squeak/smalltalk": "Smalltalk",
    "preact.js": "Preact",
    "chat bot": "Chatbots",
    "robotframework": "Robot Framework",
    "visual basic 6.0": "Visual Basic",
    "ant build system": "Apache Ant",
    "avro idl": "Apache Avro",
    "american national standards institute ansi c": "C",
    "object–relational mapping": "Object-relational mapping",
    "fuzzing/fuzz testing": "Fuzzing",
    "amazon elastic container service": "Amazon ECS",
    "esri": "ArcGIS",
    "really simple syndication": "RSS",
    "microsoft active server pages": "Classic ASP",
    "oracle javaserver pages": "Java Server Pages",
    "pov-ray sdl": "POV-Ray",
    "low-level virtual machine llvm compilers": "LLVM",
    "open graphics library opengl": "OpenGL",
    "tool command language tcl": "Tcl",
    "xml path language xpath": "XPath",
    "objective caml": "OCaml",
    "sun microsystems java": "Java",
    "unreal technology unreal engine": "Unreal Engine",
    "portswigger burp suite": "Burp Suite",
    "qlik tech qlikview": "QlikView",
    "statacorp stata": "Stata",
    "wolfram research mathematica": "Wolfram Language",
    "openai chatgpt": "ChatGPT",
    "tenable nessus": "Nessus",
    "rapid7 nexpose": "Nexpose",
    "sun microsystems java persistence api": "JPA",
    "microsoft visual c# .net": "C#",
    "microsoft visual basic.net": "Visual Basic .NET",
    "microsoft visual studio.net": "Visual Studio",
    "microsoft visual basic scripting edition vbscript": "VBScript",
    "salesforce.com salesforce crm": "Salesforce",
    "recrystallize crystal reports": "Crystal Reports",
    "sap businessobjects crystal reports": "Crystal Reports",
    "oracle java 2 platform enterprise edition": "Jakarta EE",
    "oracle java enterprise edition": "Jakarta EE",
    "software as a service saas": "Software as a service",
    "unified modelling language": "UML",
    "very high speed integrated circuit vhsic hardware description language vhdl simulation": "VHDL",
    "wind river systems vxworks": "VxWorks",
    "symantec veritas netbackup": "Veritas NetBackup",
    "ugs solid edge": "Siemens Solid Edge",
    "microsoft extensible application markup language (xaml)": "XAML",
    "red hat enterprise linux": "Red Hat Enterprise Linux",
}

# Names no source may bring in: not skills, or jokes, or so generic they would match everything.
DROP_NAMES = {
    "brainfuck", "lolcode", "omgrofl", "dogescript", "befunge", "holyc",
    "awesome lists", "hacktoberfest", "advent of code", "open source", "software", "tool", "code",
    "development", "programming", "project", "app", "web", "data", "library", "framework", "server",
    "client", "demo", "example", "template", "tutorial", "learning", "education", "support", "utility software",
    "image", "video", "font", "emoji", "wiki", "website", "portfolio", "bot", "interview", "todo", "to-do",
    "google", "microsoft", "apple", "mozilla", "nvidia", "facebook", "twitter", "x", "netflix", "nasa",
    "reddit", "youtube", "spotify", "discord", "telegram", "whatsapp", "wechat", "tumblr", "medium",
    "instagram", "tiktok", "soundcloud", "twitch", "vk", "steam", "myspace", "linkedin",
    "first", "ietf", "stackoverflow", "stack overflow", "producthunt", "coursera", "leetcode", "hackerrank",
    "codechef", "online judge", "covid-19", "climate change", "climate change mitigation", "queer",
    "transgender", "christianity", "physics", "chemistry", "astronomy", "astrophysics", "mathematics",
    "art", "animation", "music", "sports", "publishing", "privacy", "security", "testing", "monitoring",
    "automation", "simulation", "simulator", "emulator", "generator", "compiler", "parser", "parsing",
    "crawler", "terminal", "desktop", "mobile", "network", "kernel", "extension", "configuration",
    "dataset", "database", "script", "cli", "gui", "ui", "sdk", "api", "protocol", "query", "routing",
    "collaboration", "creative commons license", "gnu general public license", "fair source",
    "calculate pi", "blazing fast", "no ai", "vibe coding", "community driven", "learning by doing",
    "bootcamp", "cheat sheet", "koans", "project demo", "hackathon", "hackathon-kit", "hackathon-organiser",
    "game jam", "game off", "global game jam", "ludum dare", "js13kgames", "for the love of code",
    "hack club", "hacksquad", "digital public good", "getting things done", "identicons", "dotfiles",
    "dark mode", "localstorage", "icon font", "css resets", "classless css", "maze", "mazes",
    "einstein problem", "julia sets", "calculate", "cellular automaton", "automaton", "esolang",
    "golfing language", "satellite", "tool-assisted speedrun", "tas", "machinima", "demoscene",
    "retrocomputing", "pixel art", "fantasy console", "citizen science", "open access", "open data",
    "glam", "indieweb", "fediverse", "self-hosted", "scambaiting", "whistleblowing", "anime",
    "green software", "sovereign ai", "world models", "loop engineering", "agent harness",
    "email software", "business software applications", "google", "blink", "dig",
    "b", "d", "e", "j", "m", "q", "v", "self", "clean", "ring", "pan", "click", "cool", "slash", "slice",
    "sway", "volt", "uno", "glyph", "ink", "mint", "max", "jac", "wisp", "rouge", "polar", "monkey",
    "nasal", "fancy", "grace", "genie", "factor", "turing", "charity", "curry", "rez", "quake", "papyrus",
    "parrot", "dune", "myghty", "clue", "beef", "berry", "noir", "tact", "talon", "tape", "teal", "terra",
    "roc", "sail", "gap", "edge", "kit", "mask", "tea", "riot", "io", "nu", "oz", "ox", "arc", "boo",
    "cool", "eq", "flux", "golo", "jasmin", "leo", "limbo", "lobster", "logos", "mercury", "mirah", "nit",
    "opal", "pike", "pony", "red", "sage", "shen", "sieve", "smali", "stan", "toit", "tolk", "verse",
    "wren", "xc", "xs", "zap", "b (formal method)", "m4sugar", "pic", "scenic", "whiley", "wollok",
    "moocode", "muf", "zil", "zimpl", "ecl", "ncl", "nl", "txl", "click", "grammatical framework",
    "linear programming", "answer set programming", "mathematical programming system", "procfile",
    "linker script", "gcc machine description", "filebench wml", "raw token data", "python console",
    "shellsession", "julia repl", "elvish transcript", "ti program", "pep8", "formatted",
    "just", "move", "processing", "scheme", "hack", "pawn", "pact", "slang", "nickel", "singularity",
    "clarity", "cadence", "carbon", "rascal", "smithy", "lasso", "janet", "metal", "csound document",
    "csound score", "netlinx+erb", "unrealscript", "quakec", "zenscript", "mcfunction", "mill plugin",
    "the lounge", "internet engineering task force", "linux learning", "programming language",
    "css framework", "package manager", "web app", "manage healthcare staff", "unseen translation",
    "survey", "product comprehension", "software components suppliers", "online job platforms",
    "robotic components", "software anomalies", "business knowledge", "budgetary", "documentation types",
    "financial capability", "financial jurisdiction", "o*net online", "the general store", "xml authoring", "engineering", "business", "assessment",
    "law of obligation", "legislation procedure", "task algorithmisation", "web strategy assessment",
    "environmental management monitors", "product package requirements", "parts pricing",
    "medical sales industry", "macro-regional strategy", "integrated food-energy systems",
    "collection management software", "database development tools", "software components libraries",
    "software frameworks", "software architecture models", "business ict systems",
    "e-learning software infrastructure", "psychological healthcare services", "industrial software",
    "office software", "graphics editor software", "audio editing software",
    # An ESCO soft skill whose name means something else in most listings: "reliability" of systems
    # (site reliability engineering, "reliability and scalability").
    "reliability",
}

# Aliases no skill may have, whatever the source (the matcher would find them everywhere).
DROP_ALIASES = {
    "and", "as", "at", "if", "in", "io", "is", "it", "of", "on", "or", "the",
    # Everyday words that ESCO gives a soft skill: "stock ownership", "at our discretion", "flexibility"
    # of hours, "judgment" in legal boilerplate.
    "ownership", "discretion", "flexibility", "judgment",
}

# Category of a canonical name, whatever its sources say.
CATEGORY = {
    "dockerfile": "tooling", "makefile": "tooling", "cmake": "tooling", "meson": "tooling",
    "qmake": "tooling", "puppet": "tooling", "nix": "tooling", "starlark": "tooling", "hcl": "tooling",
    "gherkin": "practice", "jupyter": "data", "saltstack": "tooling", "gradle": "tooling",
    "apache ant": "tooling", "nginx": "tooling", "haproxy": "tooling", "plantuml": "tooling",
    "graphviz (dot)": "tooling", "kusto": "data", "sparql": "language", "json-ld": "language",
    "selinux policy": "tooling", "prisma": "framework", "flatbuffers": "framework",
    "apache avro": "data", "yang": "language", "regular expressions": "language",
    "labview": "tooling", "sas": "data", "stata": "data", "spss": "data", "r": "language",
}

# Plain words: never an alias taken from a source ("Microsoft Word" keeps "Word" out of the matcher).
COMMON_WORDS = {
    "word", "project", "teams", "access", "outlook", "dynamics", "publisher", "forms", "office", "sheets",
    "docs", "slides", "drive", "analytics", "cloud", "server", "studio", "photos", "lens", "meet", "chat",
    "keep", "sites", "groups", "calendar", "maps", "ads", "search", "translate", "assistant", "edge",
    "exchange", "paint", "money", "streets", "visual", "works", "bookings", "planner", "stream", "sway",
    "flow", "automate", "whiteboard", "defender", "network", "monitor", "manager", "director", "designer",
    "builder", "enterprise", "professional", "suite", "desktop", "mobile", "online", "express", "one",
    "live", "video", "voice", "mail", "email", "notes", "connect", "insight", "insights", "vision",
    "portal", "gateway", "center", "centre", "explorer", "navigator", "commander", "advisor", "pro",
    "plus", "basic", "standard", "essentials", "data", "database", "system", "systems", "software",
    "platform", "application", "applications", "tools", "tool", "framework", "library", "engine", "core",
    "web", "net", "dev", "development", "programming", "code", "script", "shell",                     "illustrator", "premiere", "audition", "animate", "bridge", "acrobat", "reader",
    "lightroom", "dreamweaver", "muse", "xd", "inventor", "fusion", "civil", "map", "plant", "ecotect",
    "cinema", "keynote", "pages", "numbers",
    "photos", "music", "podcasts", "messages", "facetime", "safari", "finder", "playgrounds",
    "compass", "latitude", "shape", "enigma", "pulsar", "magic", "impact", "pegasus", "encompass",
    "mercury", "atlas", "horizon", "summit", "apex", "vertex", "spectrum", "phoenix",     "blink", "dig", "cyclone", "diameter", "eko", "hms", "honeypot",
    "emulators", "compilers", "debuggers", "decompilers", "insight", "paradox",     "crucible", "fisheye", "clover", "sourcetree", "statuspage", "opsgenie", "trello", "quality center",
    "test", "tests", "testing", "review", "reviews", "design", "pattern", "patterns", "analysis",
    "planning", "management", "marketing", "sales", "finance", "accounting", "writing", "reading",
    "speaking", "listening", "leadership", "teamwork", "communication", "english", "mathematics",
    "statistics", "physics", "chemistry", "biology", "history", "art", "music", "law", "policy",
    "security", "privacy", "safety", "health", "care", "service", "services", "support", "help",
    "training", "learning", "teaching", "research", "science", "engineering", "technology",
    "information", "knowledge", "skills", "experience", "work", "job", "team", "people", "time", "cost",
    "quality", "risk", "change", "process", "processes", "operations", "production", "manufacturing",
    "business", "customer", "customers", "client", "clients", "user", "users", "product", "products",
    "reporting", "reports", "report", "forecasting", "budgeting", "scheduling", "procurement",
    "purchasing", "inventory", "logistics", "shipping", "billing", "payroll", "recruiting", "hiring",
    "onboarding", "compliance", "audit", "auditing", "tax", "taxes", "banking", "insurance", "retail",
    "wholesale", "hospitality", "tourism", "travel", "transport", "transportation", "energy", "utilities",
    "construction", "architecture", "real estate", "agriculture", "mining", "oil", "gas", "water",
    "environment", "sustainability", "government", "public", "private", "nonprofit", "education",
    "healthcare", "medicine", "nursing", "pharmacy", "dentistry", "veterinary", "legal", "media",
    "entertainment", "gaming", "games", "sports", "fitness", "fashion", "beauty", "food", "beverage",
    "restaurant", "hotel", "events", "event", "arts", "culture", "community", "social", "mobile app",
    "ai", "ml", "bi", "ux", "ui", "qa", "hr", "pm", "it", "os", "db", "vs", "if", "as", "fs", "ws", "md",
    "cs", "ci", "cd", "api", "app", "apps", "bot", "bots", "cli", "gui", "ide", "sdk", "orm", "mvc", "rpc",
    "fem", "fea", "pio", "tns", "opa", "pm2", "bq", "tf", "rf", "ast", "bnf", "pqc", "dx", "gtm", "idp",
    "dpg", "mcu", "ftc", "frc", "mcp", "rag", "vr", "ar", "xr", "3d", "2d", "abl", "progress", "inc",
    "console",     "cake", "cakescript", "mf",     "openedge", "cds", "ql", "hls", "ads", "commit", "hash", "hashes", "sum", "sums", "checksum", "ignore",
    "email", "eml", "mail", "mbox", "hosts", "irc", "raw", "robots", "redirects", "snippet", "man",
    "manpage", "mdoc", "conf", "cron", "ical", "ls", "be", "bh", "fb", "gf", "ur", "xdr",
    "mint", "ship",
    "fish", "material", "motion", "matrix", "arch", "sublime", "quantum", "dependencies", "coverage",
    "captivate", "contribute", "presenter", "sunrise", "continuum", "opus", "millennium", "painter",
    "surfer", "classroom", "domino", "middleware", "rational", "timekeeper", "maple", "darwin", "arena",
    "flex", "jersey", "distiller", "fortify", "gump",
    "recon", "brew", "eloquent", "repl", "pipelines", "action", "actions", "fisher", "fisherman", "mint", "ship", "edge",
}

# ---------------------------------------------------------------------------------------------------
# GitHub Linguist

# Markup, data and prose formats kept (by name), and grouped programming languages kept anyway.
LINGUIST_KEEP = {
    "ant build system", "api blueprint", "asciidoc", "asn.1", "astro", "avro idl", "blade",
    "closure templates", "css", "csv", "ejs", "flatbuffers", "go template", "gradle", "graphql",
    "graphviz (dot)", "haml", "handlebars", "haproxy", "html", "java server pages", "jinja", "json", "json5",
    "jsonld", "jupyter notebook", "kusto", "latte", "less", "liquid", "markdown", "marko", "mdx", "mermaid",
    "mustache", "nginx", "nunjucks", "openapi specification v3", "opencl", "plantuml", "postcss",
    "postscript", "prisma", "protocol buffer", "pug", "raml", "regular expression", "restructuredtext",
    "sass", "scss", "selinux policy", "slim", "sparql", "sql", "svelte", "tex", "toml", "twig",
    "velocity template language", "vue", "web ontology language", "xml", "yaml", "yang",
}

# Programming languages that are not skills a listing asks for (test data, game mods, REPL transcripts).
LINGUIST_SKIP = {
    "ags script", "apollo guidance computer", "befunge", "brainfuck", "denizenscript", "dm", "dogescript",
    "filebench wml", "game maker language", "gcc machine description", "gsc", "holyc", "jass", "julia repl",
    "kakounescript", "kerboscript", "kolmafia ash", "linker script", "lolcode", "lsl", "mcfunction",
    "mirc script", "moocode", "muf", "mupad", "nwscript", "omgrofl", "papyrus", "pep8", "procfile",
    "python console", "quake", "quakec", "redcode", "redscript", "shellsession", "sourcepawn", "sqf",
    "ti program", "unrealscript", "witcher script", "zenscript",
}

# Linguist aliases that are another skill, a file name or an everyday word.
LINGUIST_ALIAS_SKIP = {
    "node", "inc", "console", "emacs", "bash", "zsh", "sh", "envrc", "octave", "delphi", "cucumber",
    "django", "html+django", "html+jinja", "htmldjango", "bazel", "bzl", "terraform", "opentofu",
    "saltstate", "flex", "rss", "xsd", "wsdl", "geojson", "jsonl", "sarif", "topojson", "apache", "aconf",
    "cake", "cakescript", "progress", "make", "mf", "bsdmake", "vim", "nvim", "mumps", "coq", "latex",
    "wolfram", "jruby", "macruby", "rake", "rbx", "rusthon", "splus", "cperl", "dosbatch",
    "winbatch", "xhtml", "django", "ipython notebook", "containerfile", "justfile", "earthfile", "max/msp",
    "maxmsp", "red/system", "byond", "nush", "nu-script", "nushell-script", "sdc", "xdc", "bro", "obj-j",
}

# ---------------------------------------------------------------------------------------------------
# GitHub Explore topics

# Topics that are not skills: games and their mods, events, schools, companies, communities, content.
TOPIC_DROP = {
    "3ds-homebrew", "4d-component", "4x", "abap2ui5", "action-adventure", "action-game",
    "action-role-playing", "activitypub", "advent-of-code", "adventure-game", "adventure-game-interpreter",
    "adventurex2025", "adventurex2026", "agent-harness", "agent-skills", "agenticsfoundation", "ai-chat",
    "ai-sandbox", "airprint", "alternate-reality-game", "altv", "android-library", "anidb", "animal-crossing",
    "animation", "anime", "anki", "anyland", "api", "apk", "app", "apple", "apple-music", "arcade",
    "argo-floats", "art", "art-net", "artillery-game", "arturo", "astronomy", "astrophysics", "async-await",
    "atom-feed", "atproto", "automation", "awesome", "azd-templates", "b4x", "backdropcms", "barcode",
    "basic8", "battle-royale", "battlesnake", "bcsamples", "beat-em-up", "bedrock-dedicated-server",
    "binance", "biological-expression-language", "biological-simulation", "bitcoin", "bitcoin-cash",
    "blazing-fast", "bluearchive", "bluesky-social", "board-game", "boilerplate", "boinc", "bootcamp", "bot",
    "bridgetown", "browser-extension", "build-engine", "bukkit", "bzflag", "calculate-pi", "captcha",
    "casejs", "casual-game", "cd", "cdnjs", "chatgpt-api", "cheatsheet", "chemistry", "christianity",
    "chrome-extension", "citizen-science", "city-building-game", "clab-topo", "clash", "classless", "cli",
    "client", "climate-change", "climate-change-mitigation", "clu", "code", "codechef",
    "collectible-card-game", "combat-flight-simulator", "community-driven", "compiler", "computercraft",
    "computercraft-tweaked", "configuration", "coregames", "corruptor", "coursera", "covid-19", "craftstudio",
    "crawler", "creative-commons", "cryptocurrency", "csg", "css-reset", "cst", "cube-engine", "dark-mode",
    "data", "data-space", "database", "dataset", "datetime", "dcode-2025", "demo", "demoscene", "desktop",
    "deta", "deta-space", "development", "digital-public-goods", "discord", "discord-bot", "discord-bots",
    "disk-image", "dle", "dll-injector", "dmx512", "docker-image", "dotenv", "dotfiles", "dragonruby", "dsh",
    "duckduckgo", "dungeon-crawl", "dwd", "education", "edupage", "einstein-problem", "eksisozluk",
    "elite-dangerous", "emoji", "emulator", "endless-sky", "endless-sky-plugins", "ens", "ensisa",
    "entity-resolution", "epics", "epitech", "error-propagation", "escape-the-room", "esolang", "esprit",
    "evergreen-ils", "example", "extension", "f-droid", "fabricmc", "facebook", "factorio", "fair-source",
    "fantasy-console", "fantasy-game", "fediverse", "felgo", "fighting-game", "finance", "firefox-extension",
    "first", "first-person-shooter", "first-robotics-competition", "first-tech-challenge", "flathub",
    "flight-simulator", "flightgear", "flipperzero", "flow-blockchain", "font", "for-the-love-of-code",
    "frame-interpolation", "framework", "game-jam", "game-jam-game", "game-off", "gameboy", "garrysmod",
    "gcj02", "geneontology", "generator", "genshin-impact", "geode-mods", "geometry-dash",
    "getting-things-done", "gh-extension", "giscus", "github-api", "glam", "global-game-jam", "god-game",
    "goldsrc", "golem", "golfing-language", "google", "gpl", "gradescope", "grapheneos", "green-software",
    "gtfs", "gui", "guilded", "guildwars2", "hack-and-slash", "hackathon", "hackathon-kit",
    "hackathon-organiser", "hackclub", "hackerrank", "hacksquad", "hacktoberfest", "hammer", "handshake",
    "hdu", "hms", "homebridge", "icon-font", "id-tech", "identicons", "iiif", "image", "incremental-game",
    "indieweb", "infoarena", "instagram", "interactive-film", "internal-tools", "internet-archive",
    "interview", "io", "ioc", "iso-8601", "itmo", "joplin", "js13kgames", "json-feed", "jule", "julia-sets",
    "kakoune", "kart-racing", "kerbal-space-program", "kerbal-space-program-2", "kernel", "kex-engine",
    "kiota-index", "koans", "kontent-ai", "league-of-legends", "learning", "learning-by-doing", "leetcode",
    "library", "life-simulator", "light-gun-shooter", "liko-12", "lineageos", "linkstack", "ll-parser",
    "localstorage", "loop-engineering", "lr-parser", "ludum-dare", "m3o", "machinima", "mada",
    "massively-multiplayer-online", "mastodon", "mathcomp", "mathematics", "matter", "maze", "mcnp",
    "media-queries", "medium", "megengine", "mercury-lang", "metroidvania", "microformats", "microsoft",
    "midi2", "minecraft", "minecraft-addon", "minecraft-bedrock-edition", "minecraft-forge", "minecraft-mod",
    "minecraft-plugin", "minecraft-server", "minetest", "misskey", "mlx", "mobile", "monero", "monitoring",
    "motorola-68000", "mount-and-blade-bannerlord", "move-sui", "mozilla", "msp-mcp", "mud-game",
    "music-game", "musicxml", "myanimelist", "nanocurrency", "nasa", "nasa-pace", "nashville", "navidrome",
    "neo", "netbox", "netbox-plugin", "netflix", "netfree", "network", "nextra", "nexus-mods", "nhost",
    "no-ai", "noaa-nsap", "nostr", "nvidia", "oai-pmh", "obofoundry", "oculus", "olm", "online-judge",
    "open-access", "open-data", "open-props", "openclaw", "opencomputers", "openfin", "openutau", "parser",
    "parsing", "password-store", "pepeland", "perceptual-hashing", "pewpew-live", "php-fusion", "physics",
    "pico-8", "pihole", "pixel-art", "pixel-vision-8", "pixiv", "plaintext-accounting", "platform-game",
    "playdate", "playdate-sdk", "plover", "pmmp", "point-and-click", "ponylang", "portapps", "portfolio",
    "portugol", "powertoys", "primer", "privacy", "probot", "producthunt", "programming", "project",
    "project-demo", "promise", "protocol", "psr-11", "psr-15", "psr-4", "psr-7", "publishing", "puzzle-game",
    "pyxel", "qft", "qmk", "qrcode", "queer", "query", "quicklook", "quickshell", "quiltmc", "racing-game",
    "racing-simulator", "randomizer", "raycast-extension", "real-time-strategy", "real-time-tactics", "red",
    "reddit", "reflex-frp", "remarkable-tablet", "remix-stack", "retro-game", "retrocomputing", "rhythm-game",
    "riot-games", "riot-os", "riscos", "roblox", "robomaster", "rocketseat", "rockset", "roguelike",
    "roguelite", "role-playing-game", "roomba", "routing", "rss", "rss-feed", "runtime-node", "sailfishos",
    "sandstorm", "satellite", "sauerbraten", "sbml", "scambaiting", "scpsl-labapi", "script", "scumm", "sdk",
    "sdmx", "security", "self-hosted", "serious-engine", "server", "sharex", "shizuku", "shoot-em-up",
    "shooter", "simulation", "simulator", "social-simulator", "software", "software-challenge-germany",
    "soundcloud", "source-2-engine", "source-engine", "source-port", "southpaw-engine", "sovereign-ai",
    "space-engineers", "space-flight-simulator", "spacetraders", "spacevim", "sports", "sports-game",
    "spotify", "squirrel-lang", "ss13", "stackoverflow", "stackql", "stealth-game", "steam", "stem",
    "strategy-game", "stylus", "suckless", "sui", "superproductivity", "support", "survival",
    "survival-horror", "syntax-highlighting", "synthetic-biology", "tactical-role-playing",
    "tactical-shooter", "tads", "tas", "tbox", "teamfight-tactics", "teeworlds", "telegram", "template",
    "terminal", "testing", "text-adventure", "thedreamlab", "third-person-shooter", "tic-80", "tiktok",
    "time-management-game", "timeline", "tldr", "todo", "toit", "ton", "tool", "touhou", "tower-defense",
    "transgender", "tridecco", "tumblr", "turn-based", "turn-based-strategy", "turn-based-tactics",
    "tutorial", "tweakpane", "twitch", "twitter", "twrp", "ublock-origin-filters", "ui", "ukagaka",
    "undertale", "unigine", "unipi", "unist", "university-of-texas-arlington", "uportal", "uri-template",
    "userscript", "utau", "utility", "v", "vae", "valorant", "vehicle-simulator", "vehicular-combat", "video",
    "visual-novel", "viur", "vk", "vlc-media-player", "vm-box", "vr-game", "vrchat", "vscode-extension",
    "vut", "wargame", "web", "web-monetization", "web-of-things", "webextension", "website", "webview",
    "wechat", "whatsapp", "whistleblowing", "wiiconnect24", "wiki", "wikidata", "wikidot", "wikipedia",
    "windows-subsystem-for-android", "wordplate", "world-models", "wow", "xk6", "xonsh", "xontrib", "xsoar",
    "ynab", "yourls", "youtube", "yugioh", "z-machine", "zeit", "zeronet", "zip", "zork", "zscript",
    "zx-spectrum",
}

# Display names that are not how listings write the skill.
TOPIC_NAME = {
    "elasticsearch": "Elasticsearch", "gatsby": "Gatsby", "saltstack": "SaltStack", "sql-server":
    "Microsoft SQL Server", "tensorflow": "TensorFlow", "nextjs": "Next.js", "nestjs": "NestJS",
    "nuxt": "Nuxt", "rails": "Ruby on Rails", "spring": "Spring Framework", "vue": "Vue.js", "aws": "AWS",
    "google-cloud": "Google Cloud", "actions": "GitHub Actions", "cicd": "CI/CD", "rest-api": "REST",
    "microservice": "Microservices", "regular-expression": "Regular expressions", "tailwind": "Tailwind CSS",
    "julia": "Julia", "fish": "fish shell", "mvc": "MVC", "pandas": "Pandas", "aurelia": "Aurelia",
    "quarto": "Quarto", "concourse-ci": "Concourse CI", "apollo-server": "Apollo Server", "chapel": "Chapel",
    "asyncapi": "AsyncAPI", "vm-box": "VirtualBox", "twitter": "X (Twitter)", "ai": "Artificial intelligence",
    "llm": "Large language models", "nlp": "Natural language processing", "oop": "Object-oriented programming",
    "frontend": "Front-end development", "backend": "Back-end development", "ux": "UX design",
    "ui-design": "UI design", "web-accessibility": "Accessibility", "iot": "Internet of things",
    "gis": "Geographic information system", "cybersecurity": "Cybersecurity", "ddd": "Domain-driven design",
    "seo": "Search engine optimization", "tdd": "Test-driven development", "bdd": "Behavior-driven development",
    "csharp": "C#", "cpp": "C++", "dotnet": ".NET", "go": "Go", "nodejs": "Node.js", "kubernetes": "Kubernetes",
    "postgresql": "PostgreSQL", "javascript": "JavaScript", "love2d": "LÖVE", "ffmpeg": "FFmpeg",
    "matrix-org": "Matrix protocol", "obsidian-md": "Obsidian", "orgmode": "Org mode", "sso": "Single sign-on",
    "spa": "Single-page application", "pwa": "Progressive web apps", "rpc": "Remote procedure call",
    "tls": "TLS", "cors": "CORS", "cve": "CVE", "dom": "DOM", "i18n": "Internationalization",
    "localization": "Localization", "rdf": "RDF", "jsx": "JSX", "jwt": "JSON Web Tokens", "oidc": "OpenID Connect",
    "apm": "Application performance monitoring", "cfd": "Computational fluid dynamics",
    "finite-element-method": "Finite element method", "edge-computing": "Edge computing",
    "ie-compat": "Internet Explorer",
}

# Categories of topics the description rules get wrong or cannot tell.
TOPIC_CATEGORY = {
    "ai": "data", "machine-learning": "data", "deep-learning": "data", "nlp": "data", "llm": "data",
    "computer-vision": "data", "data-science": "data", "data-analysis": "data", "data-visualization": "data",
    "data-structures": "practice", "algorithm": "practice", "pandas": "data", "numpy": "data", "scipy": "data",
    "scikit-learn": "data", "pytorch": "data", "tensorflow": "data", "keras": "data", "spark": "data",
    "jupyter-notebook": "data", "dataops": "data", "embeddings": "data", "fine-tuning": "data",
    "feature-engineering": "data", "generative-ai": "data", "generative-adversarial-network": "data",
    "neural-network": "data", "deep-neural-networks": "data", "reinforcement-learning": "data",
    "representation-learning": "data", "rag": "data", "prompt-engineering": "data", "transformer": "data",
    "time-series": "data", "statistics": "data", "bigquery": "database", "imagenet": "data", "spacy": "data",
    "streamlit": "data", "ipython": "data", "r": "language", "sas": "data", "stata": "data", "matlab": "language",
    "agentic-ai": "data", "ai-agent": "data", "ai-governance": "practice", "ai-for-science": "data",
    "ai-marketing": "domain", "mcp": "framework", "mcp-server": "framework", "chatgpt": "data",
    "claude": "data", "claude-code": "tooling", "whisper": "data", "qiskit": "framework",
    "quantum-computing": "domain",
    "aws": "cloud", "azure": "cloud", "google-cloud": "cloud", "heroku": "cloud", "netlify": "cloud",
    "vercel": "cloud", "firebase": "cloud", "supabase": "cloud", "cloudflare": "cloud", "cloud-run": "cloud",
    "serverless": "cloud", "saas": "cloud", "linux": "cloud", "windows": "cloud", "macos": "cloud",
    "ios": "cloud", "android": "cloud", "ubuntu": "cloud", "debian": "cloud", "fedora": "cloud",
    "archlinux": "cloud", "linuxmint": "cloud", "unix": "cloud", "freebsd": "cloud", "openbsd": "cloud",
    "wsl": "tooling", "tvos": "cloud", "watchos": "cloud", "visionos": "cloud", "uwp": "framework",
    "azure-devops": "tooling", "openfaas": "cloud", "nhost": "cloud", "appwrite": "cloud", "deta": "cloud",
    "raspberry-pi": "domain", "arduino": "domain", "esp32": "domain", "esp8266": "domain",
    "microcontroller": "domain", "zephyr-rtos": "cloud", "riscv": "domain", "uefi": "domain",
    "mainframe": "cloud", "nix": "tooling",
    "agile": "practice", "devops": "practice", "devsecops": "practice", "gitops": "practice",
    "sre": "practice", "cicd": "practice", "continuous-integration": "practice",
    "continuous-delivery": "practice", "continuous-deployment": "practice", "tdd": "practice", "bdd": "practice",
    "unit-testing": "practice", "integration-testing": "practice", "test-automation": "practice",
    "smoke-tests": "practice", "fuzzing": "practice", "code-review": "practice", "code-quality": "practice",
    "coverage": "practice", "static-code-analysis": "practice", "refactoring": "practice", "oop": "practice",
    "functional-programming": "practice", "declarative-programming": "practice", "dependency-injection": "practice",
    "domain-driven-design": "practice", "microservice": "practice", "rest-api": "practice", "pubsub": "practice",
    "mvc": "practice", "crud": "practice", "spa": "practice", "pwa": "practice", "server-side-rendering": "practice",
    "responsive-design": "practice", "web-accessibility": "practice", "i18n": "practice",
    "localization": "practice", "infrastructure-as-code": "practice", "platform-engineering": "practice",
    "chaos-engineering": "practice", "observability": "practice", "logging": "practice",
    "dependency-management": "practice", "deployment": "practice", "provisioning": "practice",
    "design-system": "practice", "ui-design": "practice", "ux": "practice", "ux-design": "practice",
    "graphic-design": "domain", "product-management": "practice", "project-management": "practice",
    "software-engineering": "practice", "developer-experience": "practice", "low-code": "practice",
    "no-code": "practice", "prompt-engineering": "practice", "reverse-engineering": "domain",
    "seo": "practice", "jamstack": "practice", "event-sourcing": "practice", "async-await": "practice",
    "cybersecurity": "domain", "cryptography": "domain", "post-quantum-cryptography": "domain",
    "end-to-end-encryption": "domain", "zkp": "domain", "malware": "domain", "exploit": "domain",
    "bugbounty": "domain", "hacking": "domain", "osint": "domain", "recon": "domain", "cve": "domain",
    "authentication": "practice", "authorization": "practice", "oauth2": "framework", "oidc": "framework",
    "sso": "practice", "passkeys": "framework", "webauthn": "framework", "jwt": "framework",
    "blockchain": "domain", "iot": "domain", "robotics": "domain", "bioinformatics": "domain",
    "medical-imaging": "domain", "molecular-dynamics": "domain", "finance": "domain",
    "marketing": "domain", "education": "domain", "gis": "domain", "photogrammetry": "domain",
    "point-cloud": "domain", "image-processing": "domain", "computer-algebra": "domain",
    "cfd": "domain", "finite-element-method": "domain", "edge-computing": "domain", "sdn": "domain",
    "grid-computing": "domain", "confidential-computing": "domain", "quantum-computing": "domain",
    "game-development": "practice", "game-engine": "framework", "virtual-reality": "domain",
    "computer-science": "domain", "operating-system": "domain", "distributed-systems": "practice",
    "frontend": "practice", "backend": "practice", "webapp": "practice", "desktop": "domain",
    "network": "domain", "http": "framework", "websocket": "framework", "webrtc": "framework", "grpc": "framework",
    "graphql": "language", "json": "language", "yaml": "language", "xml": "language", "markdown": "language",
    "latex": "language", "html": "language", "css": "language", "sql": "language", "sass": "language",
    "less": "language", "svg": "language", "regular-expression": "language", "jsx": "language",
    "shell": "language", "bash": "language", "zsh": "tooling", "fish": "tooling", "powershell": "language",
    "docker": "tooling", "kubernetes": "tooling", "helm": "tooling", "terraform": "tooling",
    "ansible": "tooling", "puppet": "tooling", "saltstack": "tooling", "vagrant": "tooling",
    "jenkins": "tooling", "actions": "tooling", "concourse-ci": "tooling", "woodpeckerci": "tooling",
    "git": "tooling", "github": "tooling", "gitlab": "tooling", "gitea": "tooling", "gogs": "tooling",
    "nginx": "tooling", "grafana": "tooling", "opentelemetry": "tooling", "prometheus": "tooling",
    "postgresql": "database", "mysql": "database", "mariadb": "database", "sqlite": "database",
    "mongodb": "database", "redis": "database", "cassandra": "database", "neo4j": "database",
    "elasticsearch": "database", "meilisearch": "database", "algolia": "database", "nosql": "database",
    "oracle-database": "database", "sql-server": "database", "rockset": "database", "mongoose": "framework",
    "nodejs": "framework", "deno": "framework", "bun": "framework", "dotnet": "framework",
    "jakarta-ee": "framework", "spring": "framework", "spring-boot": "framework", "spring-mvc": "framework",
    "rails": "framework", "react": "framework", "angular": "framework", "vue": "framework",
    "svelte": "framework", "nextjs": "framework", "nuxt": "framework", "astro": "framework",
    "qt": "framework", "gtk": "framework", "unity": "framework", "unreal-engine": "framework",
    "godot": "framework", "electron": "framework", "tauri": "framework", "flutter": "framework",
    "react-native": "framework", "ionic": "framework", "cordova": "framework", "xamarin": "framework",
    "jetpack-compose": "framework", "swiftui": "framework", "wpf": "framework", "winforms": "framework",
    "blazor": "framework", "aspnet": "framework", "bootstrap": "framework", "tailwind": "framework",
    "material-design": "practice", "fluent-design": "practice", "jquery": "framework", "redux": "framework",
    "express": "framework", "koa": "framework", "fastify": "framework", "fastapi": "framework",
    "flask": "framework", "django": "framework", "laravel": "framework", "symfony": "framework",
    "codeigniter": "framework", "yii": "framework", "nette": "framework", "hanami": "framework",
    "gin": "framework", "rocket": "framework", "vertx": "framework", "quarkus": "framework",
    "netty": "framework", "kivy": "framework", "javafx": "framework", "swing": "framework",
    "opengl": "framework", "vulkan": "framework", "cuda": "framework", "webgl": "framework",
    "threejs": "framework", "webassembly": "language", "web-assembly": "language", "wordpress": "tooling",
    "drupal": "tooling", "joomla": "tooling", "cms": "tooling", "jekyll": "tooling", "hugo": "tooling",
    "gatsby": "framework", "eleventy": "tooling", "mkdocs": "tooling", "storybook": "tooling",
    "figma": "tooling", "sketch": "tooling", "zeplin": "tooling", "postman": "tooling", "selenium": "tooling",
    "puppeteer": "tooling", "playwright": "tooling", "jest": "framework", "mocha": "framework",
    "jasmine": "framework", "chai": "framework", "cucumber": "tooling", "rspec": "framework",
    "phpunit": "framework", "codeception": "framework", "robotframework": "tooling", "eslint": "tooling",
    "prettier": "tooling", "babel": "tooling", "webpack": "tooling", "vite": "tooling", "gulp": "tooling",
    "npm": "tooling", "yarn": "tooling", "pip": "tooling", "composer": "tooling", "nuget": "tooling",
    "gradle": "tooling", "maven": "tooling", "homebrew": "tooling", "conan": "tooling", "vim": "tooling",
    "neovim": "tooling", "emacs": "tooling", "visual-studio-code": "tooling", "visual-studio": "tooling",
    "intellij-idea": "tooling", "android-studio": "tooling", "xcode": "tooling", "pycharm": "tooling",
    "sublime-text": "tooling", "slack": "tooling", "notion": "tooling", "trello": "tooling",
    "api": "practice", "openapi": "framework", "asyncapi": "framework", "json-schema": "framework",
    "json-api": "framework", "oauth": "framework", "kafka": "tooling", "pulsar": "tooling",
    "rabbitmq": "tooling", "mqtt": "framework", "coap": "framework", "xmpp": "framework", "irc": "framework",
    "tls": "framework", "http": "framework", "dom": "framework", "cors": "framework", "rdf": "framework",
    "semantic-web": "domain", "linked-data": "domain", "geojson": "language", "protobuf": "framework",
    "capnproto": "framework", "thrift": "framework", "rpc": "practice", "ebpf": "tooling", "llvm": "tooling",
    "v8": "framework", "webkit": "framework", "chromium": "tooling", "chrome": "tooling", "firefox": "tooling",
    "edge": "tooling", "excel": "tooling", "spreadsheet": "tooling", "google-sheets": "tooling",
    "google-docs": "tooling", "google-drive": "tooling", "google-workspace": "tooling",
    "google-apps-script": "language", "gmail": "tooling", "google-calendar": "tooling",
    "google-chat": "tooling", "google-meet": "tooling", "google-forms": "tooling", "google-slides": "tooling",
    "google-classroom": "tooling", "google-maps": "tooling", "google-analytics": "tooling",
    "adobe-acrobat": "tooling", "altium-designer": "tooling", "photoshop": "tooling", "blender": "tooling",
    "openstreetmap": "domain", "ffmpeg": "tooling", "opencv": "data", "curl": "tooling",
    "wayland": "framework", "x11": "framework", "systemd": "tooling", "bash-script": "language",
    "terminal": "tooling", "tmux": "tooling", "zsh-plugin": "tooling",
    "assemblyscript": "language", "clojurescript": "language", "ethereum": "domain", "solana": "domain",
    "bevy": "framework", "kokkos": "framework", "preact": "framework", "zustand": "framework",
    "effector": "framework", "web-components": "framework", "xampp": "tooling", "gitpod": "tooling",
    "platformio": "tooling", "molecule": "tooling", "steganography": "domain", "pipewire": "framework",
    "openal": "framework", "documentation": "practice", "chatbot": "data", "coq": "language",
}

# ---------------------------------------------------------------------------------------------------
# O*NET

# Examples in these classes are taken whatever their use counts (developer and office tools); other
# classes only for Hot Technology / In Demand examples or tools named in several occupations.
ONET_TECH_CLASSES = {
    "Development environment software", "Data base management system software",
    "Object or component oriented development software", "Web platform development software",
    "Program testing software", "Configuration management software", "File versioning software",
    "Compiler and decompiler software", "Application server software", "Operating system software",
    "Network operating system enhancement software", "Cloud-based data access and sharing software",
    "Cloud-based management software", "Cloud-based protection or security software",
    "Business intelligence and data analysis software", "Data mining software", "Clustering software",
    "Enterprise application integration software", "Platform interconnectivity software",
    "Graphical user interface development software", "Requirements analysis and system architecture software",
    "Metadata management software", "Network monitoring software",
    "Network security or virtual private network VPN management software",
    "Transaction security and virus protection software", "Authentication server software",
    "Data base reporting software", "Backup or archival software", "Filesystem software",
    "Enterprise system management software", "Software defined networking/ virtualization software",
    "Object oriented data base management software", "Internet directory services software",
    "Web page creation and editing software", "Portal server software", "Transaction server software",
    "Storage networking software", "Data conversion software",
}
ONET_MIN_OCCUPATIONS = 3

ONET_CLASS_CATEGORY = {
    "Data base management system software": "database",
    "Object oriented data base management software": "database",
    "Development environment software": "tooling",
    "Object or component oriented development software": "framework",
    "Web platform development software": "framework",
    "Graphical user interface development software": "framework",
    "Program testing software": "tooling",
    "Configuration management software": "tooling",
    "File versioning software": "tooling",
    "Compiler and decompiler software": "tooling",
    "Operating system software": "cloud",
    "Network operating system enhancement software": "cloud",
    "Network operation system software": "cloud",
    "Cloud-based data access and sharing software": "cloud",
    "Cloud-based management software": "cloud",
    "Cloud-based protection or security software": "cloud",
    "Application server software": "cloud",
    "Business intelligence and data analysis software": "data",
    "Data mining software": "data",
    "Analytical or scientific software": "data",
    "Data base reporting software": "data",
    "Categorization or classification software": "data",
}

# Examples that are kinds of software, not skills (multi-word ones are caught by is_descriptive()).
ONET_GENERIC = {
    "code libraries", "code profilers", "command interpreters", "compilers", "component libraries",
    "debuggers", "decompilers", "emulators", "hand held spell checkers", "business software applications",
    "customer information databases", "law enforcement information databases", "fish stocking databases",
    "hatchery database systems", "online data collection systems", "high-performance software libraries",
    "event management software", "events operations software", "mixed code generator", "just-in-time compiler",
    "google", "blink", "dig", "diameter", "cyclone", "honeypot", "computer-assisted live supervision",
    "microservices architecture", "event-driven state-machines programming", "ladder logic",
    "relative values for physicians",
}

# "X software" where X is a product, not a word (is_descriptive() would take it for a kind).
ONET_BRANDS = {
    "alteryx", "ansible", "blackboard", "bioconductor", "gaussian", "informatica", "jupyter", "laserfiche",
    "omeka", "perforce", "procore", "qlik", "salesforce", "tanium", "tekla", "teradata", "webtrends",
    "wonderware", "workday", "yardi", "equifax", "experian", "hubspot", "mulesoft", "oracle", "chef",
    "docker", "kubernetes", "puppet", "python", "perl", "ruby", "scala", "swift", "go", "julia", "kotlin",
    "haskell", "erlang", "elixir", "lua", "rust", "dart", "linux", "unix", "git", "jenkins", "splunk",
    "tableau", "canva", "figma", "slack", "zoom", "dropbox", "evernote", "trello", "asana", "smartsheet",
    "wrike", "basecamp", "monday.com", "airtable", "notion", "miro", "lucidchart", "jira", "confluence",
    "bitbucket", "github", "gitlab", "bugzilla", "nagios", "dynatrace", "grafana", "kibana", "logstash",
    "minitab", "moodle", "edmodo", "edpuzzle", "nearpod", "kahoot!", "mentimeter", "desmos", "geogebra",
    "flipgrid", "loom", "kapwing", "lumion", "canu", "ghidra", "nmap", "metasploit", "wireshark",
    "cygwin", "doxygen", "gnuplot", "forth", "modelica", "eiffel", "clipper", "joomla", "drupal",
    "bootstrap", "django", "flask", "grails", "keras", "lapack", "fftw", "fftpack", "cyberark", "mcafee",
    "litchi", "mapinfo", "investigo", "inetsoft", "datawatch", "eko", "clarizen", "glasscubes",
    "liquidplanner", "mavenlink", "inloox", "jitterbit", "cloverEtl", "brightedge", "brightcove",
    "hootsuite", "blogger", "facetime", "geogebra", "mediawiki", "libreoffice", "neooffice", "moodle",
    "javascript", "node.js", "mongodb", "mysql", "mariadb", "postgresql", "elasticsearch", "redis",
    "nosql", "graphql", "kubernetes", "typescript", "elm", "gradle", "cmake", "jekyll", "coeus",
    "datavision", "dataswell", "databox", "cloudworks", "cloudcompare", "clustermatic", "kforge",
    "khameleon", "hydranet", "hyperspace", "investigo", "mineSight", "minesight", "brainworks",
}
ONET_BRANDS = {b.lower() for b in ONET_BRANDS}

# Company names O*NET puts before a product ("Oracle Java", "The MathWorks MATLAB").
VENDORS = {
    "Acumatica", "Adobe", "Adobe Systems", "ADP", "Allscripts", "Altium", "Amazon", "Amazon Web Services",
    "Ansys", "ANSYS", "Apache", "Apple", "Ariba", "athenahealth", "Atlassian", "Autodesk", "Avast", "Avaya",
    "Bentley", "Bentley Systems", "BeyondTrust", "Bitdefender", "Blackbaud", "Bloomberg", "Blue Yonder",
    "Borland", "CA", "CA Technologies", "Cadence", "Calabrio", "Carlson", "Ceridian", "Cerner", "Check Point",
    "Chef Software", "Cisco", "Cisco Systems", "Cisco Webex", "Citrix", "Concur", "Corel", "Coupa",
    "Dassault Systemes", "dbt Labs", "Deacom", "Dell", "Dell Boomi", "Deltek", "DigiCert", "eClinicalWorks",
    "Eclipse", "Ellucian", "Embarcadero", "Embarcadero Technologies", "EMC", "Entrust", "Epic Games",
    "Epic Systems", "Epicor", "Equifax", "ESET", "ESRI", "Esri", "Exabeam", "Exact Software", "Experian",
    "Facebook", "Fair Isaac", "Fiserv", "Five9", "Forcepoint", "Fortinet", "Freshworks", "GE",
    "GE Healthcare", "Gemalto", "Genesys", "Golden Software", "Google", "Graphisoft",
    "Greenway Medical Technologies", "Guidance Software", "HashiCorp", "Henry Schein", "Hewlett Packard",
    "Hewlett-Packard", "Hexagon", "Hitachi Vantara", "Hortonworks", "HP", "Hyland", "Hyland Software", "IBM",
    "Idera", "Infor", "Informatica Corporation", "Information Builders", "Instructure", "Intel", "Intergraph",
    "Intuit", "Invicti", "Ipswitch", "Jack Henry & Associates", "JDA Software Group", "Jenzabar", "JetBrains",
    "Juniper Networks", "Kinaxis", "Kitware", "Kronos", "Kronos Workforce", "Lawson", "Leica Geosystems",
    "LexisNexis", "LogMeIn", "Macromedia", "ManageEngine", "Manhattan Associates", "Maplesoft", "Mathsoft",
    "MathWorks", "Maxon", "McKesson", "McNeel", "MEDITECH", "Meditech", "Mentor Graphics", "Meta",
    "Micro Focus", "MicroFocus", "Microsoft", "Mimecast", "Moody's", "Mozilla", "National Instruments",
    "Netscape", "NetSuite", "NextGen Healthcare", "Norton", "NortonLifeLock", "Novell", "Nvidia", "NVIDIA",
    "Oracle", "Paessler", "Palo Alto Networks", "Paychex", "Pearson", "Pearson Education", "Ping Identity",
    "PortSwigger", "Precisely", "Proofpoint", "PTC", "Puppet Labs", "Qlik", "QlikTech", "Quest Software",
    "RealPage", "Red Hat", "RingCentral", "Rockwell", "Rockwell Automation", "SailPoint", "SAP", "SAP Concur",
    "SAS Institute", "Securonix", "Siemens", "SnapLogic", "Software AG", "SonarSource", "Sprout Social",
    "Sybase", "Syncsort", "Synopsys", "Thales", "The Apache Software Foundation", "The MathWorks",
    "Thomson Reuters", "Tibco", "TIBCO", "Trend Micro", "Trimble", "UKG", "Unity Technologies", "Venafi",
    "Verint", "VMware", "Wolfram", "Wolfram Research", "Xero", "Zoho",
}

# ---------------------------------------------------------------------------------------------------
# ESCO

# ESCO labels written as listings write them: preferred label -> (canonical name, category).
ESCO_LABELS = {
    "manage time": ("Time management", "soft"),
    "think critically": ("Critical thinking", "soft"),
    "solve problems": ("Problem solving", "soft"),
    "work in teams": ("Teamwork", "soft"),
    "teamwork principles": ("Teamwork", "soft"),
    "show initiative": ("Initiative", "soft"),
    "adapt to change": ("Adaptability", "soft"),
    "lead others": ("Leadership", "soft"),
    "leadership principles": ("Leadership", "soft"),
    "work independently": ("Working independently", "soft"),
    "meet deadlines": ("Time management", "soft"),
    "listen actively": ("Active listening", "soft"),
    "cope with stress": ("Working under pressure", "soft"),
    "mentor individuals": ("Mentoring", "soft"),
    "coach employees": ("Coaching", "soft"),
    "conflict management": ("Conflict resolution", "soft"),
    "show empathy": ("Empathy", "soft"),
    "have emotional intelligence": ("Emotional intelligence", "soft"),
    "communicate with customers": ("Customer service", "soft"),
    "prioritise requests": ("Prioritization", "soft"),
    "present reports": ("Presentation skills", "soft"),
    "assume responsibility": ("Accountability", "soft"),
    "show determination": ("Perseverance", "soft"),
    "think creatively": ("Creativity", "soft"),
    "think analytically": ("Analytical skills", "soft"),
    "make decisions": ("Decision making", "soft"),
    "build trust": ("Building trust", "soft"),
    "manage frustration": ("Frustration tolerance", "soft"),
    "meet commitments": ("Reliability", "soft"),
    "think holistically": ("Holistic thinking", "soft"),
    "think proactively": ("Proactive thinking", "soft"),
    "show entrepreneurial spirit": ("Entrepreneurial mindset", "soft"),
    "demonstrate willingness to learn": ("Willingness to learn", "soft"),
    "show intercultural awareness": ("Intercultural competence", "soft"),
    "use online tools to collaborate": ("Remote collaboration", "soft"),
    "negotiate compromises": ("Negotiation", "soft"),
    "apply conflict management": ("Conflict resolution", "soft"),
    "delegate responsibilities": ("Delegation", "soft"),
    "motivate others": ("Motivating others", "soft"),
    "give live presentation": ("Presentation skills", "soft"),
    "develop professional network": ("Networking skills", "soft"),
    "maintain relationship with customers": ("Relationship management", "soft"),
    "attend to detail": ("Attention to detail", "soft"),
    "manage a team": ("Team management", "practice"),
    "manage staff": ("People management", "practice"),
    "manage budgets": ("Budget management", "practice"),
    "project management": ("Project management", "practice"),
    "Agile project management": ("Agile project management", "practice"),
    "Lean project management": ("Lean project management", "practice"),
    "ICT project management": ("IT project management", "practice"),
    "Agile development": ("Agile", "practice"),
    "Incremental development": ("Incremental development", "practice"),
    "Iterative development": ("Iterative development", "practice"),
    "business analysis": ("Business analysis", "practice"),
    "risk management": ("Risk management", "practice"),
    "supply chain management": ("Supply chain management", "domain"),
    "human resource management": ("Human resources", "domain"),
    "accounting": ("Accounting", "domain"),
    "statistics": ("Statistics", "data"),
    "business intelligence": ("Business intelligence", "data"),
    "data mining": ("Data mining", "data"),
    "data models": ("Data modeling", "data"),
    "web analytics": ("Web analytics", "data"),
    "machine learning": ("Machine learning", "data"),
    "digital marketing techniques": ("Digital marketing", "domain"),
    "search engine optimisation": ("Search engine optimization", "practice"),
    "content marketing strategy": ("Content marketing", "domain"),
    "social media marketing techniques": ("Social media marketing", "domain"),
    "sales strategies": ("Sales strategy", "domain"),
    "cloud technologies": ("Cloud computing", "cloud"),
    "DevOps": ("DevOps", "practice"),
    "software design methodologies": ("Software design", "practice"),
    "ICT security standards": ("IT security standards", "domain"),
    "information security strategy": ("Information security strategy", "domain"),
    "perform copywriting": ("Copywriting", "domain"),
    "customer relationship management": ("CRM", "tooling"),
    "quality assurance procedures": ("Quality assurance", "practice"),
    "perform project management": ("Project management", "practice"),
    "perform market research": ("Market research", "practice"),
    "perform data analysis": ("Data analysis", "data"),
    "manage contracts": ("Contract management", "practice"),
    "negotiate with stakeholders": ("Negotiation", "soft"),
    "write technical reports": ("Technical writing", "practice"),
    "create project specifications": ("Requirements analysis", "practice"),
    "perform risk analysis": ("Risk analysis", "practice"),
    "manage quality": ("Quality management", "practice"),
    "use spreadsheets software": ("Spreadsheets", "tooling"),
    "use microsoft office": ("Microsoft Office", "tooling"),
    "systems thinking": ("Systems thinking", "soft"),
    "customer insight": ("Customer insight", "domain"),
    "customer segmentation": ("Customer segmentation", "domain"),
    "pay-per-click": ("Pay-per-click advertising", "domain"),
    "telemarketing": ("Telemarketing", "domain"),
    "e-procurement": ("E-procurement", "domain"),
    "business model": ("Business models", "domain"),
    "international trade": ("International trade", "domain"),
    "labour legislation": ("Labour law", "domain"),
    "business law": ("Business law", "domain"),
    "interview techniques": ("Interviewing", "practice"),
    "machine translation": ("Machine translation", "data"),
    "speech recognition": ("Speech recognition", "data"),
    "computer forensics": ("Computer forensics", "domain"),
    "green computing": ("Green computing", "domain"),
    "hardware platforms": ("Hardware platforms", "domain"),
    "information structure": ("Information architecture", "practice"),
    "typography": ("Typography", "domain"),
    "photography": ("Photography", "domain"),
    "journalism": ("Journalism", "domain"),
    "cartography": ("Cartography", "domain"),
    "logic": ("Logic", "domain"),
    # ESCO's ICT tools and methods that listings name
    "ABBYY FineReader": ("ABBYY FineReader", "tooling"),
    "Absorb (learning management systems)": ("Absorb LMS", "tooling"),
    "Aircrack (penetration testing tool)": ("Aircrack-ng", "tooling"),
    "Backbox (penetration testing tool)": ("BackBox", "tooling"),
    "BlackArch": ("BlackArch Linux", "tooling"),
    "Brightspace (learning management systems)": ("Brightspace", "tooling"),
    "CA Datacom/DB": ("CA Datacom", "database"),
    "Cain and Abel (penetration testing tool)": ("Cain and Abel", "tooling"),
    "Canvas (learning management systems)": ("Canvas LMS", "tooling"),
    "Capture One": ("Capture One", "tooling"),
    "Codenvy": ("Codenvy", "tooling"),
    "CryEngine": ("CryEngine", "framework"),
    "Edmodo": ("Edmodo", "tooling"),
    "Engrade": ("Engrade", "tooling"),
    "Frostbite (digital game creation systems)": ("Frostbite engine", "framework"),
    "GameSalad": ("GameSalad", "tooling"),
    "Gamemaker Studio": ("GameMaker Studio", "tooling"),
    "GDPR": ("GDPR", "domain"),
    "Grovo": ("Grovo", "tooling"),
    "Havok Vision": ("Havok Vision", "framework"),
    "HeroEngine": ("HeroEngine", "framework"),
    "Informatica PowerCenter": ("Informatica PowerCenter", "data"),
    "Jboss": ("JBoss", "cloud"),
    "John The Ripper (penetration testing tool)": ("John the Ripper", "tooling"),
    "KDevelop": ("KDevelop", "tooling"),
    "Kali Linux": ("Kali Linux", "tooling"),
    "LAMS": ("LAMS", "tooling"),
    "LDAP": ("LDAP", "framework"),
    "LINQ": ("LINQ", "framework"),
    "Litmos": ("Litmos", "tooling"),
    "Maltego": ("Maltego", "tooling"),
    "MarkLogic": ("MarkLogic", "database"),
    "Metasploit": ("Metasploit", "tooling"),
    "N1QL": ("N1QL", "language"),
    "Nessus": ("Nessus", "tooling"),
    "Nexpose": ("Nexpose", "tooling"),
    "OWASP ZAP": ("OWASP ZAP", "tooling"),
    "ObjectStore": ("ObjectStore", "database"),
    "Octopus Deploy": ("Octopus Deploy", "tooling"),
    "OmniPage": ("OmniPage", "tooling"),
    "Oracle Application Development Framework": ("Oracle ADF", "framework"),
    "Oracle Data Integrator": ("Oracle Data Integrator", "data"),
    "Oracle Warehouse Builder": ("Oracle Warehouse Builder", "data"),
    "Oracle WebLogic": ("Oracle WebLogic", "cloud"),
    "Parrot Security OS": ("Parrot Security OS", "tooling"),
    "Pentaho Data Integration": ("Pentaho Data Integration", "data"),
    "Prince2 project management": ("PRINCE2", "practice"),
    "Prototyping development": ("Prototyping", "practice"),
    "QlikView Expressor": ("QlikView Expressor", "data"),
    "Rapid application development": ("Rapid application development", "practice"),
    "SAP Data Services": ("SAP Data Services", "data"),
    "SAP R3": ("SAP R/3", "tooling"),
    "SAS Data Management": ("SAS Data Management", "data"),
    "Sakai": ("Sakai", "tooling"),
    "Samurai Web Testing Framework": ("Samurai Web Testing Framework", "tooling"),
    "Schoology": ("Schoology", "tooling"),
    "Scratch (computer programming)": ("Scratch", "language"),
    "SketchBook Pro": ("SketchBook Pro", "tooling"),
    "Spiral development": ("Spiral development", "practice"),
    "Synfig": ("Synfig", "tooling"),
    "THC Hydra": ("THC Hydra", "tooling"),
    "Taleo": ("Taleo", "tooling"),
    "TripleStore": ("Triplestores", "database"),
    "Waterfall development": ("Waterfall", "practice"),
    "WhiteHat Sentinel": ("WhiteHat Sentinel", "tooling"),
    "Wireshark": ("Wireshark", "tooling"),
    "WizIQ": ("WizIQ", "tooling"),
    "ICT system integration": ("Systems integration", "practice"),
    "ICT network security risks": ("Network security", "domain"),
    "ICT encryption": ("Encryption", "domain"),
    "ICT debugging tools": ("Debugging", "practice"),
    "ICT infrastructure": ("IT infrastructure", "domain"),
    "ICT problem management techniques": ("Problem management", "practice"),
    "ICT recovery techniques": ("Disaster recovery", "practice"),
    "ICT capacity planning strategies": ("Capacity planning", "practice"),
    "ICT system programming": ("Systems programming", "practice"),
    "ICT accessibility standards": ("Accessibility standards", "practice"),
    "ICT architectural frameworks": ("Enterprise architecture", "practice"),
    "ICT performance analysis methods": ("Performance analysis", "practice"),
    "ICT network routing": ("Network routing", "domain"),
    "ICT networking hardware": ("Networking hardware", "domain"),
    "ICT system user requirements": ("User requirements", "practice"),
    "Open source model": ("Open-source development", "practice"),
    "Outsourcing model": ("Outsourcing", "domain"),
    "Process-based management": ("Process management", "practice"),
    "World Wide Web Consortium standards": ("W3C standards", "framework"),
    "Internet of Things": ("Internet of things", "domain"),
}

# Automatic selection of ESCO knowledge labels: at most three words, about work that listings of a
# desk job ask for, and not about a trade's materials or machines.
ESCO_INCLUDE = [
    r"\bmanagement\b", r"\bmarketing\b", r"\bsales\b", r"\bfinanc", r"\baccounting\b", r"\bbudget",
    r"\baudit", r"\btax", r"\beconomic", r"\bbusiness\b", r"\bstrateg", r"\bprocurement\b", r"\blogistic",
    r"\bsupply chain\b", r"\brecruit", r"\bhuman resource", r"\bcompliance\b", r"\blaw\b", r"\blegislation\b",
    r"\bcontract", r"\binsurance\b", r"\bbanking\b", r"\binvest", r"\bstatistic", r"\bdata\b", r"\banalytics?\b",
    r"\bsoftware\b", r"\bprogramming\b", r"\bICT\b", r"\bweb\b", r"\bdigital\b", r"\bonline\b",
    r"\bnetwork", r"\bcyber", r"\bsecurity\b", r"\bcloud\b", r"\bdatabase", r"\bengineering\b", r"\bdesign\b",
    r"\barchitecture\b", r"\bquality\b", r"\brisk\b", r"\bproject\b", r"\bproduct\b", r"\bcustomer\b",
    r"\bcommunication", r"\bpublic relations\b", r"\badvertising\b", r"\bbrand", r"\be-commerce\b",
    r"\bresearch\b", r"\bmathematic", r"\bphysics\b", r"\bchemistry\b", r"\bbiology\b", 
    r"\brobotic", r"\btelecommunication",
    r"\bpsychology\b", r"\bpedagogy\b", r"\bteaching\b", r"\blinguistics\b", r"\btranslation\b",
    r"\bjournalism\b", r"\bgraphic", r"\bmultimedia\b", r"\baccessibility\b", r"\busability\b",
    r"\bergonomic", r"\blean\b", r"\bsix sigma\b", r"\bkaizen\b", r"\boperations\b",
    r"\bplanning\b", r"\bforecast", r"\bpricing\b", r"\bnegotiation\b", r"\bleadership\b", r"\bethics\b",
    r"\bsustainab", r"\benvironmental\b", r"\benergy\b", r"\bhealth and safety\b", r"\bGDPR\b",
    r"\bprivacy\b", r"\bintellectual property\b", r"\bcopyright\b", r"\bpatent", r"\bcrowdfunding\b",
    r"\bfundraising\b", r"\bgrant", r"\bpolicy\b", r"\bgovernance\b", r"\bpublic administration\b",
    r"\bgeographic information\b", r"\bcartography\b", r"\bsurvey", r"\bsimulation\b", r"\bmodelling\b",
    r"\bmodeling\b", r"\balgorithm", r"\bartificial intelligence\b", r"\bmachine learning\b",
    r"\barchiv", r"\blibrar",
    r"\bcontent\b", r"\bsocial media\b", r"\bcopywriting\b", r"\beditorial\b", r"\bpublishing\b",
    r"\bhospitality\b", r"\btourism\b", r"\breal estate\b", 
    r"\bcivil engineering\b", r"\bmechanical engineering\b", r"\belectrical engineering\b",
    r"\bchemical engineering\b", r"\bbiomedical\b", r"\bpharmac", r"\bclinical\b", r"\bhealthcare\b",
    r"\bnursing\b", r"\bepidemiology\b", r"\bpublic health\b",
]
ESCO_EXCLUDE = {
    "animal", "animals", "fish", "fishing", "wine", "beer", "food", "foods", "meat", "dairy", "bakery",
    "surgery", "surgical", "dental", "veterinary", "tobacco", "textile", "leather", "footwear", "fur",
    "wood", "timber", "metal", "steel", "glass", "stone", "ceramic", "rubber", "plastic", "paper",
    "vessel", "vessels", "ship", "ships", "aircraft", "railway", "rail", "tram", "vehicle", "vehicles",
    "tyre", "engine", "engines", "weapons", "military", "police", "prison", "funeral", "religious",
    "church", "farm", "farming", "crop", "crops", "forestry", "forest", "horticulture", "garden",
    "livestock", "aquaculture", "mining", "mine", "oil", "gas", "nuclear", "radiation", "radioactive",
    "jewellery", "watch", "watches", "clock", "clocks", "toy", "toys", "music", "musical", "dance",
    "theatre", "circus", "film", "cosmetic", "cosmetics", "hair", "beauty", "massage", "sport", "sports",
    "fitness", "casino", "gambling", "betting", "lottery", "hunting", "pest", "cleaning", "laundry",
    "printing", "plumbing", "heating", "welding", "soldering", "painting", "furniture", "carpet",
    "upholstery", "candle", "candles", "perfume", "tea", "coffee", "cocoa", "sugar", "tobacco", "spirits",
    "brewing", "distillation", "pharmacy", "medicine", "medicines", "patient", "patients", "disease",
    "diseases", "therapy", "therapies", "anatomy", "physiology", "pathology", "surgery", "obstetric",
    "paediatric", "psychiatric", "drug", "drugs", "prosthetic", "orthotic", "hearing", "optical",
    "eye", "skin", "blood", "child", "children", "elderly", "disabled", "disability", "funeral",
    "aviation", "airport", "maritime", "port", "navigation", "road", "roads", "traffic", "water",
    "waste", "sewage", "pollution", "soil", "geology", "geological", "mineral", "minerals", "petroleum",
    "fuel", "fuels", "boiler", "boilers", "pipeline", "pipelines", "hydraulic", "pneumatic", "lift",
    "crane", "cranes", "scaffolding", "roofing", "masonry", "concrete", "cement", "asbestos", "insulation",
    "paint", "coating", "coatings", "dye", "dyes", "yarn", "fabric", "fabrics", "garment", "garments",
    "sewing", "knitting", "weaving", "shoe", "shoes", "bag", "bags", "glove", "gloves", "hat", "hats",
    "costume", "costumes", "makeup", "tattoo", "pet", "pets", "zoo", "horse", "horses", "dog", "dogs",
    "bird", "birds", "bee", "bees", "plant", "plants", "flower", "flowers", "seed", "seeds", "fruit",
    "vegetable", "vegetables", "grain", "grains", "fertiliser", "fertilisers", "pesticide", "pesticides",
    "irrigation", "harvest", "harvesting", "meat", "poultry", "egg", "eggs", "milk", "cheese", "bread",
    "pastry", "confectionery", "chocolate", "beverage", "beverages", "cooking", "culinary", "kitchen",
    "restaurant", "menu", "hotel", "accommodation", "housekeeping", "spa", "camping", "travel",
    "passenger", "passengers", "ticket", "tickets", "cargo", "freight", "warehouse", "courier", "postal",
    "mail", "library", "archive", "museum", "heritage", "art", "arts", "antique", "antiques", "auction",
    "gem", "gems", "diamond", "gold", "silver", "precious", "coin", "coins", "stamp", "stamps",
    "weather", "meteorology", "climate", "ocean", "marine", "space", "astronomy", "rocket", "satellite",
    "military", "defence", "defense", "ammunition", "explosive", "explosives", "firearm", "firearms",
    "emergency", "fire", "firefighting", "rescue", "ambulance", "security guard", "detective",
    "criminal", "crime", "court", "courts", "judicial", "prosecution", "police", "correctional",
    "asylum", "immigration", "customs", "embargo", "excise", "election", "elections", "political",
    "parliamentary", "diplomatic", "consular", "religion", "theology", "spiritual", "occult", "astrology",
    "sexual", "reproductive", "pregnancy", "birth", "breastfeeding", "lactation", "nutrition", "diet",
    "dietetic", "sleep", "yoga", "meditation", "department", "operations", "machine", "machines",
    "equipment", "process", "bicycle", "bicycles", "almond", "wort", "malting", "mashing", "lautering",
    "brewhouse", "condiment", "starch", "seafood", "shellfish", "hatchery", "milking", "coking", "deinking",
    "swaging", "forging", "casting", "extrusion", "pultrusion", "anodising", "electroplating", "deburring",
    "blasting", "tanning", "pyrotechnic", "vinyl", "gemstone", "salon", "navy", "air", "demining", "train",
    "trains", "deck", "dock", "well", "drinks", "rainwater", "turf", "sporting", "tube", "screw", "froth",
    "sulphur", "hydrocarbon", "enzymatic", "blanching", "isomerisation", "ultra-high", "recirculation",
    "ventilation", "cooling", "lighting", "alarm", "panels", "fire-fighting", "unmanned", "wiring", "wire",
    "drawing", "drawings", "cadastral", "milling", "cultivation", "airtight", "biogas", "battery", "discharge",
    "current", "generators", "motors", "drives", "passivation", "dip-coating", "laser", "printed",
    "prepress", "domotic", "camera", "photographic", "photographs", "captioning", "authoring", "types",
    "concepts", "principles", "grading", "feeding", "filling", "computerised", "digital game",
}
ESCO_PRACTICE = r"\b(management|methodolog\w*|analysis|planning|design|engineering|assurance|audit\w*|" \
                r"testing|development|governance|modelling|modeling|techniques?|methods?|processes|" \
                r"procedures|research|forecasting|optimisation|optimization)\b"

# ---------------------------------------------------------------------------------------------------
# resources/skills/ATTRIBUTION.md ({names} are filled in by build-taxonomy.py).

ATTRIBUTION = """\
# Skills dictionary: sources and licences

`skills.tsv` ({total} skills) is generated by `tools/build-taxonomy.py` from the openly licensed works
below; the curated table in `tools/taxonomy_tables.py` (canonical names, aliases, categories, the choice
of what is a skill) is the Jobdesk project's own work. Every skill lists in its last column the sources
that named it.

## GitHub Linguist ({linguist} skills)

Programming, markup and data language names and aliases from `lib/linguist/languages.yml` of
https://github.com/github-linguist/linguist (commit b45dbe9b2825a43285bcd035861be91cc0a7299e).
Copyright (c) 2017 GitHub, Inc. Licensed under the MIT licence:

> Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
> associated documentation files (the "Software"), to deal in the Software without restriction,
> including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,
> and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,
> subject to the following conditions:
>
> The above copyright notice and this permission notice shall be included in all copies or substantial
> portions of the Software.
>
> THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
> LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN
> NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
> WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
> SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

Changes: only names, types and aliases are used; dialects, formats nobody lists as a skill and some
aliases are left out.

## GitHub Explore topics ({github_topics} skills)

Topic names and aliases from `topics/*/index.md` of https://github.com/github/explore (commit
cc66c619fd3c4dd79bc7bca22f685af1e0a67f3d), by GitHub, Inc. and the GitHub Explore contributors, licensed
under Creative Commons Attribution 4.0 International (CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/). Topic names may be trademarks of their owners; no logos
are used.

Changes: topics that are not skills (games, events, companies, communities) are left out; display names
and slugs are turned into names and aliases; categories are assigned by the Jobdesk project.

## O*NET Technology Skills ({onet} skills)

This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor,
Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a
trademark of USDOL/ETA. The Jobdesk project has modified all or some of this information. USDOL/ETA has
not approved, endorsed, or tested these modifications.

Source: `Technology Skills.txt` of the O*NET 29.2 Database (https://www.onetcenter.org/database.html,
licence https://www.onetcenter.org/license_db.html). Changes: only the tool names (Example) are used,
selected by the Hot Technology and In Demand flags, by class and by how many occupations name them;
names are shortened ("Structured query language SQL" becomes SQL with the long form as an alias,
"software" is dropped), classes of software are left out, and categories are derived from the
commodity classes. The list of changes is the code and tables of `tools/build-taxonomy.py`.

## ESCO ({esco} skills)

ESCO (European Skills, Competences, Qualifications and Occupations) classification v1.1.1,
© European Union, 2017–2024, https://esco.ec.europa.eu/, licensed under Creative Commons Attribution 4.0
International (CC BY 4.0). Obtained through the Tabiya Open Dataset
(https://github.com/tabiya-tech/tabiya-open-dataset) as filtered by https://github.com/Nam-Aniket/northstar
(`esco/skills_en.csv`, commit ef9b79cfcaf26775ccdf79507a26236cabec9ae4).

Changes: only short knowledge labels and a curated set of transversal skills are used; labels are
rewritten in the form listings use ("manage time" becomes "Time management", "digital marketing
techniques" becomes "Digital marketing") with the ESCO label kept as an alias; alternative labels are
kept only where they are spelling variants or initialisms of the label.
"""
