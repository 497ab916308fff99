#!/usr/bin/env python3
"""Generate Jobdesk's bundled demo library: resources/samples/listings.jsonl.

Jobdesk opens this library on first start so that a new user sees a realistic
set of job listings instead of an empty window. Every company, listing, salary
and sentence in it is INVENTED by this script from the tables and templates
below; nothing is copied from real job boards, and all URLs point at the
reserved example.com domain.

The output is deterministic (fixed seed, stdlib only, no network), so running
the script twice gives byte-identical files. To regenerate after editing the
tables:

    python3 tools/gen-samples.py                 # writes resources/samples/listings.jsonl
    python3 tools/gen-samples.py /tmp/out.jsonl  # or any other path

Each line is one JSON object with sorted keys: title, company, locations,
workplace, employment_type, salary?, date_posted, valid_through?, url,
description_html, skills?, source ("?" = present for only some listings).
"""

import html
import json
import random
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

SEED = 20260801
COUNT = 360          # total listings, including the twin postings below
TWIN_PAIRS = 5       # same company + same title posted in a second city
SOURCE = "Jobdesk sample library"
FIRST_DAY, LAST_DAY = date(2026, 8, 1), date(2026, 11, 20)
DESC_MIN, DESC_MAX = 2000, 5200   # bytes of description_html

# --- Locations and money -----------------------------------------------------

COUNTRY_BY_SUFFIX = {"Germany": "DE", "Netherlands": "NL", "Poland": "PL", "Ukraine": "UA", "Canada": "CA", "India": "IN",
                     "Spain": "ES", "France": "FR", "UK": "UK", "Switzerland": "CH", "Brazil": "BR"}
# Remote labels -> pay region. "EU" pays in euros, "ANY" in US dollars.
REMOTE_REGIONS = {
    "Remote – US only": ("US", "anywhere in the United States"), "Remote (US)": ("US", "the continental United States"),
    "Remote (EU)": ("EU", "any EU country"), "Remote (EMEA)": ("EU", "Europe, the Middle East or Africa (UTC−1 to UTC+4)"),
    "Anywhere": ("ANY", "almost any country, as long as you overlap four hours with UTC"), "Remote (UK)": ("UK", "the United Kingdom"),
    "Remote – Canada": ("CA", "any Canadian province"), "Remote (India)": ("IN", "India"),
    "Remote (Poland)": ("PL", "Poland"), "Remote (Germany)": ("DE", "Germany"),
    "Remote (Ukraine)": ("UA", "Ukraine"), "Remote (Spain)": ("ES", "Spain"),
}
# Typical mid-level software salary per pay region in local currency.
# PL and UA are quoted monthly (B2B-style), everything else yearly.
BASE_PAY = {"US": 135000, "ANY": 115000, "CA": 110000, "UK": 62000, "DE": 68000, "NL": 64000,
            "FR": 55000, "ES": 44000, "EU": 66000, "PL": 19000, "UA": 4200, "IN": 1800000}
LANGUAGE_NICE = {
    "DE": "German language skills (B1 or higher) — helpful, not required",
    "FR": "Français courant apprécié, même si l'équipe travaille en anglais",
    "NL": "Dutch is a plus, but absolutely not a requirement",
    "PL": "Polish is nice to have for talking to our local customers",
    "ES": "Spanish at conversational level is a plus",
    "UA": "Ukrainian or Polish helps with some customer calls",
}

# --- Companies ---------------------------------------------------------------
# (name, what it does, who its customers are, offices, remote label, favoured families)
COMPANIES = [
    ("Cobalt Harbor", "builds treasury and cash-management software for mid-sized banks", "finance teams", "New York, NY; Austin, TX; Toronto, ON, Canada", "Remote – US only", "backend data_eng security"),
    ("Tidewater Analytics", "turns messy shipping data into forecasts that ports and carriers can act on", "logistics planners", "Seattle, WA; Chicago, IL", "Remote (US)", "data_eng ml backend"),
    ("Lanternfish Health", "makes scheduling and triage software for community clinics", "clinicians", "Boston, MA; Raleigh, NC", "Remote – US only", "fullstack mobile security"),
    ("Halcyon Grid", "writes the control software that balances home batteries on the power grid", "households", "Denver, CO; Austin, TX", "Remote (US)", "embedded backend devops"),
    ("Pinecrest Insurance Tech", "runs a claims platform for regional insurers", "claims handlers", "Chicago, IL; Raleigh, NC", "Remote – US only", "backend qa fullstack"),
    ("Redwood Relay", "provides messaging infrastructure for customer support teams", "support agents", "San Francisco, CA; Denver, CO", "Remote – US only", "backend devops frontend mgmt"),
    ("Ironbark Security", "helps companies find and fix misconfigurations in their cloud accounts", "security teams", "Austin, TX; Boston, MA", "Remote (US)", "security devops backend"),
    ("Ledgerfern", "offers bookkeeping software for freelancers and tiny businesses", "small businesses", "San Francisco, CA; New York, NY", "Anywhere", "fullstack frontend product"),
    ("Meadowlark Learning", "builds reading apps for primary-school classrooms", "teachers and pupils", "Boston, MA; Seattle, WA", "Remote – US only", "mobile frontend product"),
    ("Blue Heron Biotech", "develops lab-automation software for protein research", "research labs", "Boston, MA; San Francisco, CA", "Remote (US)", "ml data_eng embedded"),
    ("Quantile Works", "sells an experimentation platform to product teams", "product teams", "New York, NY", "Anywhere", "ml data_eng backend mgmt"),
    ("Openfield Collective", "is a remote-first studio building developer tools", "developers", "Anywhere", "Anywhere", "frontend fullstack devops"),
    ("Mosaic Forge", "makes 3D configurators for furniture and kitchen retailers", "retailers", "Chicago, IL; Toronto, ON, Canada", "Remote (US)", "frontend embedded fullstack"),
    ("Maple & Birch Software", "builds payroll software for Canadian small businesses", "employers", "Toronto, ON, Canada; Waterloo, ON, Canada", "Remote – Canada", "backend fullstack qa"),
    ("Caribou Freight", "runs a digital brokerage for cross-border trucking", "carriers and shippers", "Vancouver, BC, Canada; Montréal, QC, Canada", "Remote – Canada", "backend mobile data_eng"),
    ("Loonie Labs", "builds a budgeting app for young Canadians", "members", "Montréal, QC, Canada; Toronto, ON, Canada", "Remote – Canada", "mobile product ml"),
    ("Cedarline Clinics", "operates virtual physiotherapy clinics", "patients", "Vancouver, BC, Canada", "Remote – Canada", "mobile fullstack product"),
    ("Quillstone", "makes document automation tools for law firms", "lawyers", "London, UK; Manchester, UK", "Remote (UK)", "backend ml frontend"),
    ("Kestrel Payments", "processes card and open-banking payments for online shops", "merchants", "London, UK; Edinburgh, UK", "Remote (UK)", "backend security devops mgmt"),
    ("Quarry Street Games", "develops cosy strategy games for PC and consoles", "players", "Manchester, UK; Bristol, UK", "Remote (UK)", "embedded qa frontend"),
    ("Thistle Bank Digital", "is the digital arm of a long-established Scottish building society", "savers", "Edinburgh, UK; London, UK", "Remote (UK)", "mobile security qa mgmt"),
    ("Silvermoor Fintech", "builds pension and investment platforms for advisers", "financial advisers", "London, UK; Bristol, UK", "Remote (UK)", "backend fullstack data_eng"),
    ("Harbourlight Media", "runs streaming and subtitling services for broadcasters", "broadcasters", "London, UK; Cambridge, UK", "Remote (UK)", "backend devops ml"),
    ("Ferrowave Systems", "designs industrial sensors and the firmware that runs on them", "factories", "Stuttgart, Germany; München, Germany; Zürich, Switzerland", "Remote (Germany)", "embedded qa devops"),
    ("Grünfeld Energie Digital", "builds software for planning and operating wind and solar parks", "energy operators", "Hamburg, Germany; Köln, Germany", "Remote (Germany)", "backend data_eng ml"),
    ("Brückner Mobility", "develops fleet-management software for bus and rail operators", "transport operators", "München, Germany; Berlin, Germany", "Remote (Germany)", "backend mobile embedded mgmt"),
    ("Nordhafen Maritime", "makes route-planning and fuel-optimisation tools for shipping companies", "ship operators", "Hamburg, Germany", "Remote (EU)", "data_eng ml backend"),
    ("Schön & Partner IT-Beratung", "is an engineering consultancy delivering software projects for German industry", "industrial clients", "Frankfurt am Main, Germany; Düsseldorf, Germany; Köln, Germany", "Remote (Germany)", "backend qa devops"),
    ("Müllerwerk Automation", "builds PLC-connected control panels and the Qt software behind them", "machine builders", "Stuttgart, Germany; München, Germany", "Remote (Germany)", "embedded qa"),
    ("Fahrwerk Labs", "builds a marketplace for used bicycles and e-bikes", "riders", "Berlin, Germany", "Remote (EU)", "fullstack mobile frontend"),
    ("Zürcher Messtechnik", "makes precision measurement instruments for labs and semiconductor fabs", "laboratories", "München, Germany; Stuttgart, Germany; Zürich, Switzerland", "Remote (Germany)", "embedded security"),
    ("Polderpoint", "builds water-management software for municipalities and water boards", "water boards", "Rotterdam, Netherlands; Utrecht, Netherlands", "Remote (EU)", "backend data_eng frontend"),
    ("Vaartwerk", "runs a booking platform for boat rentals and canal tours", "operators and travellers", "Amsterdam, Netherlands", "Remote (EU)", "fullstack mobile product"),
    ("Tulpwise", "sells inventory software for flower growers and wholesalers", "growers", "Eindhoven, Netherlands; Amsterdam, Netherlands", "Remote (EU)", "backend data_eng qa"),
    ("Oranjebloem Retail", "powers online shops for independent supermarkets", "shoppers", "Utrecht, Netherlands; Amsterdam, Netherlands", "Remote (EU)", "frontend fullstack devops"),
    ("Grachtenhuis Fintech", "builds mortgage and savings products for Dutch banks", "homeowners", "Amsterdam, Netherlands; Rotterdam, Netherlands", "Remote (EU)", "backend security mgmt"),
    ("Wisła Cloud", "offers managed Kubernetes and databases from Polish data centres", "engineering teams", "Warszawa, Poland; Kraków, Poland", "Remote (Poland)", "devops backend security mgmt"),
    ("Żuraw Labs", "builds computer-vision quality inspection for construction sites", "construction firms", "Wrocław, Poland; Kraków, Poland", "Remote (Poland)", "ml embedded mobile"),
    ("Bursztyn Data", "is a data consultancy helping retailers build modern analytics", "retailers", "Gdańsk, Poland; Warszawa, Poland", "Remote (Poland)", "data_eng ml"),
    ("Krzemień Systems", "develops telematics units and fleet software for logistics companies", "fleet managers", "Poznań, Poland; Wrocław, Poland", "Remote (Poland)", "embedded backend qa"),
    ("Pixelforge Studio", "is a product studio building web and mobile apps for start-ups", "founders", "Kraków, Poland; Gdańsk, Poland", "Remote (EU)", "frontend mobile fullstack product"),
    ("Dnipro Softworks", "builds e-commerce and logistics platforms for clients across Europe", "clients", "Dnipro, Ukraine; Kyiv, Ukraine; Kraków, Poland", "Remote (Ukraine)", "backend frontend qa"),
    ("Carpathia Code", "builds healthcare integration software", "hospitals", "Lviv, Ukraine; Kyiv, Ukraine", "Remote (Ukraine)", "backend qa mobile"),
    ("Steppe Signal", "makes network-monitoring tools for internet providers", "internet providers", "Kharkiv, Ukraine; Lviv, Ukraine", "Remote (Ukraine)", "devops embedded backend"),
    ("Kalpavriksh Tech", "builds farm-management apps for smallholder farmers", "farmers", "Pune, India; Bengaluru, India", "Remote (India)", "mobile data_eng ml"),
    ("Monsoon Ledger", "offers GST-ready accounting software", "small businesses", "Bengaluru, India; Chennai, India", "Remote (India)", "backend frontend qa mgmt"),
    ("Saffronlane", "runs a marketplace for handmade textiles", "artisans and buyers", "Gurugram, India; Bengaluru, India", "Remote (India)", "fullstack mobile product"),
    ("Deccan Mobility", "builds ride-pooling software for corporate commutes", "commuters", "Hyderabad, India; Bengaluru, India", "Remote (India)", "backend mobile devops"),
    ("Tamarind Payments", "provides UPI and card payment infrastructure", "merchants", "Bengaluru, India; Pune, India", "Remote (India)", "backend security devops mgmt"),
    ("Kaveri Cloud", "sells observability tools for mid-sized SaaS companies", "SRE teams", "Chennai, India; Hyderabad, India", "Anywhere", "devops backend frontend"),
    ("Olivar Robotics", "builds harvesting robots for olive and citrus groves", "growers", "Valencia, Spain; Madrid, Spain", "Remote (Spain)", "embedded ml"),
    ("Mareta Seguros Digital", "builds digital insurance products for Spanish families", "policyholders", "Madrid, Spain; Barcelona, Spain", "Remote (Spain)", "backend qa mgmt"),
    ("Brisa Travel Tech", "runs a booking engine for boutique hotels", "hoteliers", "Barcelona, Spain; Málaga, Spain", "Remote (EU)", "fullstack frontend data_eng"),
    ("Albufera Energy", "helps companies track and cut their energy use", "facility managers", "Valencia, Spain", "Remote (EU)", "data_eng backend ml"),
    ("Maracujá Labs", "builds language-learning apps with live tutors", "learners", "Barcelona, Spain; Madrid, Spain; São Paulo, Brazil", "Remote (EU)", "mobile product frontend"),
    ("Ateliers Lumen", "builds lighting-design software for architects", "architects", "Lyon, France; Paris, France", "Remote (EU)", "embedded frontend"),
    ("Boréal Santé", "develops telemedicine software for rural GPs", "doctors", "Paris, France; Nantes, France", "Remote (EU)", "fullstack security mobile"),
    ("Cigale Commerce", "provides an order-management system for fashion brands", "brands", "Paris, France; Lyon, France", "Remote (EU)", "backend frontend qa"),
    ("Orbitale", "builds ground-station software for small-satellite operators", "satellite operators", "Toulouse, France; Paris, France", "Remote (EMEA)", "embedded devops data_eng"),
    ("Parc Lumière Mobility", "runs a car-sharing service for French cities", "drivers", "Paris, France; Lyon, France", "Remote (EU)", "mobile backend mgmt"),
    ("Glasshouse Ops", "is a fully remote company building incident-management software", "on-call engineers", "Anywhere", "Anywhere", "devops backend mgmt"),
    ("Paperkite", "makes a collaborative writing tool for remote teams", "teams", "Remote (EU)", "Remote (EU)", "frontend fullstack product"),
]

# --- Role families -----------------------------------------------------------
# stacks: "core techs|optional techs that belong to that core"; titles and
# intern titles name a stack index (None = pick one at random). pool: techs any
# role of the family may require; nice: extra nice-to-have techs; all comma-separated.
FAMILIES = {
    "backend": dict(weight=14, pay=1.0, area="backend development", mission="design and run the services behind our product", intern=[("Backend Engineering Intern", None)],
        titles=[("Backend Engineer", None), ("Backend Developer", None), ("Software Engineer, Backend", None), ("Java Developer", 0), ("Python Developer", 2), ("Go Engineer", 4), ("Backend Engineer (Node.js)", 5), ("Kotlin Backend Engineer", 1), (".NET Developer", 6)],
        stacks=["Java|Spring Boot,Hibernate,JUnit", "Kotlin|Spring Boot,Ktor,Coroutines", "Python|Django,Celery,pytest", "Python|FastAPI,SQLAlchemy,asyncio", "Go|gRPC,Protocol Buffers", "Node.js,TypeScript|NestJS,Express", "C#|.NET,ASP.NET Core,Entity Framework", "Rust|Tokio,Axum"],
        pool="PostgreSQL, MySQL, Redis, Kafka, RabbitMQ, Docker, Kubernetes, AWS, GCP, Azure, REST, gRPC, GraphQL, SQL, Elasticsearch, MongoDB, CI/CD, Git, Linux, Microservices",
        nice="Terraform, Prometheus, Grafana, OpenTelemetry, DynamoDB, ClickHouse, Event sourcing, Domain-driven design", teams="Payments, Core API, Integrations, Billing, Search, Identity, Checkout, Notifications"),
    "frontend": dict(weight=10, pay=0.95, area="frontend development", mission="build the interfaces our customers spend their day in", intern=[("Frontend Developer Intern", 0)],
        titles=[("Frontend Engineer", None), ("Frontend Developer", None), ("React Developer", 0), ("Software Engineer, Frontend", None), ("UI Engineer", None), ("Angular Developer", 3), ("Vue.js Developer", 2)],
        stacks=["React,TypeScript|Next.js,Redux,React Query", "React,JavaScript|Redux,Webpack", "Vue.js,TypeScript|Nuxt,Pinia", "Angular,TypeScript|RxJS,NgRx", "Svelte,TypeScript|SvelteKit"],
        pool="HTML, CSS, Sass, Tailwind CSS, Vite, Jest, Cypress, Playwright, GraphQL, REST, Storybook, Git, CI/CD, Figma, Web accessibility",
        nice="Node.js, Docker, AWS, WebSockets, Micro-frontends, Web Components, Sentry", teams="Design System, Checkout, Dashboard, Growth, Editor, Onboarding"),
    "fullstack": dict(weight=9, pay=0.97, area="full-stack web development", mission="ship complete features across the whole stack", intern=[("Software Engineering Intern", None)],
        titles=[("Full-Stack Engineer", None), ("Full Stack Developer", None), ("Software Engineer (Full-Stack)", None), ("Product Engineer", None), ("Full-Stack Developer (React/Node.js)", 0), ("Ruby on Rails Developer", 2)],
        stacks=["TypeScript,React,Node.js|Next.js,Prisma,NestJS", "Python,Django,React|Celery,TypeScript", "Ruby on Rails,React|Sidekiq,Hotwire", "PHP,Laravel,Vue.js|Symfony,Livewire", "Java,Spring Boot,Angular|Hibernate,RxJS", "C#,.NET,React|ASP.NET Core,Blazor", "Elixir,Phoenix|LiveView,Ecto"],
        pool="PostgreSQL, MySQL, Redis, Docker, AWS, GCP, REST, GraphQL, CI/CD, Git, HTML, CSS, Jest, Cypress, Kubernetes, Agile/Scrum",
        nice="Terraform, Elasticsearch, Stripe API, WebSockets, Heroku, Sentry", teams="Growth, Marketplace, Internal Tools, Customer Portal, Onboarding"),
    "mobile": dict(weight=7, pay=1.0, area="mobile development", mission="build the apps our customers carry in their pockets", intern=[("iOS Developer Intern", 0), ("Android Developer Intern", 1)],
        titles=[("iOS Engineer", 0), ("iOS Developer", 0), ("Android Engineer", 1), ("Android Developer", 1), ("Mobile Engineer (Flutter)", 2), ("Mobile Developer (React Native)", 3), ("Mobile Engineer", None)],
        stacks=["Swift|SwiftUI,UIKit,Combine,Xcode,Core Data,XCTest", "Kotlin|Jetpack Compose,Coroutines,Android SDK,Gradle,Room,Espresso", "Flutter,Dart|Bloc,Riverpod", "React Native,TypeScript|Expo,Redux"],
        pool="REST, GraphQL, Git, CI/CD, Firebase, Fastlane, Bitrise, Agile/Scrum",
        nice="Kotlin Multiplatform, App Store Connect, Google Play Console, Sentry, Bluetooth LE, Accessibility", teams="Core App, Payments, Onboarding, Growth, Platform"),
    "data_eng": dict(weight=8, pay=1.02, area="data engineering", mission="build the data platform the whole company relies on", intern=[("Data Engineering Intern", 0)],
        titles=[("Data Engineer", None), ("Analytics Engineer", 3), ("Big Data Engineer", 1), ("Data Platform Engineer", None), ("ETL Developer", 0)],
        stacks=["Python,SQL|Airflow,dbt,pandas", "Scala,Spark|Kafka,Databricks,Delta Lake", "Python,Spark|PySpark,Airflow,Databricks", "SQL,dbt|Snowflake,BigQuery,Looker"],
        pool="Airflow, dbt, Snowflake, BigQuery, Redshift, Kafka, AWS, GCP, Azure, Docker, Kubernetes, Terraform, PostgreSQL, Git, CI/CD",
        nice="Dagster, Flink, Trino, Great Expectations, Data modelling, Iceberg", teams="Data Platform, Analytics, Ingestion, Reporting"),
    "ml": dict(weight=8, pay=1.1, area="machine learning or data science", mission="turn our data into models and decisions that matter", intern=[("Data Science Intern", 2), ("Machine Learning Intern", 0)],
        titles=[("Data Scientist", 2), ("Machine Learning Engineer", 0), ("ML Engineer (NLP)", 3), ("Applied Scientist", None), ("MLOps Engineer", 0), ("Computer Vision Engineer", 0)],
        stacks=["Python|PyTorch,pandas,NumPy", "Python|TensorFlow,Keras,pandas", "Python,SQL|scikit-learn,pandas,statsmodels", "Python|PyTorch,Hugging Face Transformers,LangChain"],
        pool="SQL, scikit-learn, pandas, Spark, Airflow, MLflow, Docker, Kubernetes, AWS, GCP, Snowflake, Git, FastAPI",
        nice="Ray, ONNX, Kubeflow, Vertex AI, SageMaker, Causal inference, Bayesian statistics", teams="Recommendations, Forecasting, Search Ranking, Risk, Applied AI"),
    "devops": dict(weight=9, pay=1.03, area="infrastructure or site reliability work", mission="keep our platform fast, safe and boringly reliable", intern=[("DevOps Intern", 2)],
        titles=[("DevOps Engineer", None), ("Site Reliability Engineer", None), ("Platform Engineer", None), ("Cloud Engineer (AWS)", 1), ("Infrastructure Engineer", None), ("SRE", None), ("Kubernetes Platform Engineer", 0), ("Cloud Engineer (Azure)", 4)],
        stacks=["Kubernetes,Terraform|Helm,Argo CD,Istio", "AWS,Terraform|CloudFormation,EKS,Lambda", "Linux,Ansible|Bash,systemd,Nginx", "GCP,Kubernetes|GKE,Cloud Build,Helm", "Azure,Terraform|AKS,Azure DevOps,Bicep"],
        pool="Docker, Prometheus, Grafana, GitHub Actions, GitLab CI, Jenkins, Go, Python, Bash, Linux, CI/CD, Elasticsearch, Vault, PostgreSQL",
        nice="OpenTelemetry, eBPF, Cilium, Crossplane, Chaos engineering, FinOps", teams="Platform, Developer Experience, Reliability, Cloud Infrastructure, Observability"),
    "security": dict(weight=5, pay=1.06, area="security engineering", mission="keep our customers' data safe without slowing the company down", intern=[("Security Engineering Intern", 0)],
        titles=[("Security Engineer", None), ("Application Security Engineer", 0), ("Cloud Security Engineer", 1), ("Security Operations Analyst", 2), ("Penetration Tester", 0), ("Product Security Engineer", None), ("DevSecOps Engineer", 3)],
        stacks=["Python|Burp Suite,OWASP Top 10,Nmap", "AWS|IAM,GuardDuty,CloudTrail", "Linux|SIEM,Splunk,EDR", "Go|Kubernetes,OPA,Vault"],
        pool="Docker, Kubernetes, Terraform, SAST, Threat modelling, ISO 27001, SOC 2, Python, Go, CI/CD, Linux, AWS, GCP, Azure",
        nice="OSCP, CISSP, Semgrep, Falco, Incident response, Reverse engineering", teams="Product Security, Cloud Security, Detection & Response, Trust"),
    "qa": dict(weight=6, pay=0.8, area="quality assurance and test automation", mission="make sure every release is one we are proud of",
        levels=[("Intern", 3, 0.35), ("Junior", 12, 0.65), ("", 30, 1.0), ("Senior", 30, 1.3), ("Lead", 10, 1.45)], intern=[("QA Intern", 2)],
        titles=[("QA Engineer", None), ("QA Automation Engineer", None), ("Test Automation Engineer", None), ("Software Engineer in Test", None), ("SDET", 1), ("Manual QA Tester", 3)],
        stacks=["Python|pytest,Selenium,Robot Framework", "Java|Selenium,TestNG,REST Assured", "TypeScript|Playwright,Cypress,Jest", "JavaScript|Cypress,WebdriverIO,Postman"],
        pool="CI/CD, Jenkins, GitHub Actions, Docker, SQL, Postman, REST, JMeter, k6, Git, Jira, Agile/Scrum, Appium, Linux",
        nice="Gatling, Pact, Contract testing, Allure, ISTQB, Mobile testing", teams="Web, Mobile, Payments, Platform"),
    "embedded": dict(weight=6, pay=0.95, area="embedded or systems programming", mission="write the software that runs on our hardware", intern=[("Embedded Software Intern", 1)],
        titles=[("Embedded Software Engineer", None), ("C++ Developer", 2), ("Qt/C++ Developer", 0), ("Firmware Engineer", 1), ("Embedded Linux Engineer", 2), ("Software Engineer, Embedded Systems", None), ("Automotive Software Engineer", 4)],
        stacks=["C++|Qt,CMake,QML", "C,C++|FreeRTOS,ARM Cortex-M,SPI/I2C", "C++|Linux,Yocto,CMake", "Rust|Embedded Rust,RTOS,CAN bus", "C++|AUTOSAR,CAN bus,MISRA C"],
        pool="Linux, CMake, Git, Python, Bash, GDB, Boost, GoogleTest, Jenkins, Docker, CI/CD",
        nice="Zephyr, Bluetooth LE, Valgrind, Conan, Clang-Tidy, OpenGL", teams="Firmware, Devices, HMI, Connectivity, Tools"),
    "product": dict(weight=7, pay=0.98, area="product management or product design", mission="decide what we build and make it a joy to use", intern=[("Product Design Intern", 0), ("Product Management Intern", 1)],
        titles=[("Product Manager", 1), ("Product Designer", 0), ("UX/UI Designer", 0), ("UX Researcher", 2), ("Technical Product Manager", 1), ("Product Owner", 1)],
        stacks=["Figma|FigJam,Prototyping,Design systems", "Jira|Confluence,Amplitude,SQL", "Figma|Maze,User interviews,Dovetail"],
        pool="Agile/Scrum, Miro, Notion, Mixpanel, Amplitude, Looker, Google Analytics, HTML, CSS, Jira, Figma, A/B testing, SQL",
        nice="Framer, Webflow, Hotjar, Jobs-to-be-done, Service design", teams="Core Product, Growth, Mobile, Platform, Onboarding"),
    "mgmt": dict(weight=8, pay=1.0, area="software engineering", mission="build and lead a strong engineering team", intern=[], levels=[("", 6, 1.5), ("Senior", 3, 1.75)],
        titles=[("Engineering Manager", None), ("Engineering Manager, Backend", 0), ("Engineering Manager – Frontend", 2), ("Engineering Manager, Platform", 3), ("Engineering Manager (Mobile)", 4), ("Software Development Manager", 1)],
        stacks=["Java,Kubernetes|Spring Boot,Kafka,AWS", "Python,AWS|Django,PostgreSQL,Terraform", "TypeScript,React|Node.js,GraphQL,GCP", "Go,Kubernetes|gRPC,PostgreSQL,GCP", "Swift,Kotlin|Flutter,Firebase"],
        pool="Agile/Scrum, CI/CD, Docker, Git, Jira, Microservices, REST",
        nice="OKRs, DORA metrics, Team Topologies, Kanban", teams="Payments, Platform, Growth, Core, Mobile"),
}
# (title prefix, weight, pay multiplier)
LEVELS = [("Intern", 3, 0.35), ("Junior", 11, 0.65), ("", 28, 1.0), ("Senior", 32, 1.3),
          ("Lead", 8, 1.45), ("Staff", 8, 1.6), ("Principal", 4, 1.85)]
EXPERIENCE = {  # first requirement per level; {y} = years of experience
    "Intern": "You are studying computer science, engineering or a related field and can join us for at least three months",
    "Junior": "Around 1–2 years of professional experience (internships and serious side projects count)",
    "": "{y}+ years of professional experience in {area}", "Senior": "{y}+ years of professional experience in {area}",
    "Lead": "{y}+ years of experience in {area}, including some time leading or mentoring others",
    "Staff": "{y}+ years of experience in {area} and a track record of technical leadership across teams",
    "Principal": "{y}+ years of experience in {area}, with a record of shaping architecture at company scale",
    "mgmt": "At least {y} years as an engineering manager or team lead, after a solid career as a software engineer",
}
YEARS = {"": (2, 4), "Senior": (5, 6), "Lead": (6, 8), "Staff": (8, 10), "Principal": (10, 12), "mgmt": (2, 5)}
ALIASES = {"Kubernetes": "k8s", "PostgreSQL": "Postgres", "JavaScript": "JS", "Go": "Golang"}

# --- Description templates ---------------------------------------------------
OPENERS = ["{name} {what}.", "Founded in {year}, {name} {what}.",
           "{name} is a {size}-person company that {what}.", "At {name} we believe good software should feel invisible. Concretely, the company {what}."]
COMPANY_LINES = [
    "We have grown to about {size} people, with offices in {offices}.",
    "More than {customers} {kind} use our product every week.",
    "We are profitable and independent, which lets us focus on long-term quality instead of the next funding round.",
    "In {fund_year} we raised a Series {series} round and we are now growing the team carefully rather than quickly.",
    "Our engineering team of {eng} people works in small, autonomous squads that own their services end to end.",
    "We deploy to production many times a day and treat reliability as a feature.",
    "We believe in calm, sustainable work: no hero culture, no late-night releases, no heroic weekends.",
    "Most of our decisions are written down, which makes it easy to join and to work across time zones.",
    "Our customers range from two-person start-ups to companies listed on the stock exchange.",
    "The product has been rebuilt twice since {year}; the current architecture is one we are genuinely happy with.",
    "We keep teams small on purpose — you will know everyone you work with by name.",
    "Our mission has not changed since day one: make life a little easier for {kind}.",
]
ROLE_LINES = [
    "We are looking for {a_title} to join the {team} team and help us {mission}.",
    "Our {team} team is hiring {a_title}. You will help us {mission}.",
    "As {a_title} in the {team} team, you will {mission} together with a small group of experienced colleagues.",
    "We are growing the {team} team and need {a_title} who wants to {mission}.",
]
WHERE = {
    "remote": ["This is a fully <strong>Remote</strong> position open to candidates in {region}.",
               "The role is <strong>Remote</strong>: you can work from {region}, and we meet in person twice a year."],
    "hybrid": ["The role is hybrid: we meet in our {city} office {days} days a week and work from home the rest of the time.",
               "We work in a hybrid setup with {days} office days a week in {city}."],
    "onsite": ["This position is based on-site in our {city} office.",
               "You will work from our {city} office, next to the people who use what you build."],
}
TEAM_LINES = [
    "The team is {n} people today, including a product manager and a designer.",
    "You will report to the engineering manager of the {team} team, who started here as an engineer.",
    "We pair often, review each other's work within a day and keep meetings to a minimum.",
    "Last quarter the team halved the time from merge to production, and we want to keep that momentum.",
    "The team sits between product and infrastructure, so you will see a bit of everything.",
    "Everyone on the team has a say in the roadmap, and we plan in six-week cycles with a cool-down week in between.",
]
SALARY_LINES = ["The salary range for this position is <strong>{salary}</strong>, depending on experience.",
                "Compensation: <strong>{salary}</strong>.", "We pay <strong>{salary}</strong> for this role, plus the benefits below."]
DUTIES = {
    "backend": ["Design, build and operate the APIs that power our web and mobile apps", "Own services end to end, from the first design document to monitoring them in production", "Improve the performance and reliability of our busiest endpoints", "Model data carefully and evolve database schemas without downtime", "Integrate with third-party providers and make those integrations resilient to failure", "Split parts of a legacy monolith into well-defined services, one careful step at a time", "Build event-driven workflows that process millions of messages a day", "Work with the frontend and mobile teams on clean, stable API contracts"],
    "frontend": ["Build fast, accessible interfaces that our customers use all day", "Turn Figma designs into polished, responsive components together with our designers", "Contribute to and maintain our shared design system", "Improve Core Web Vitals and the perceived speed of the app", "Write meaningful unit and end-to-end tests for critical user journeys", "Shape the frontend architecture as the product and the team grow", "Make sure the product works well with screen readers and keyboard navigation", "Work with backend engineers on API design and data loading"],
    "fullstack": ["Ship complete features, from the database migration to the last pixel of the UI", "Work in a small product squad with a designer and a product manager", "Build internal tools that save our operations team hours every week", "Keep our web application fast, secure and easy to change", "Prototype new ideas quickly and turn the successful ones into solid product", "Improve onboarding and activation flows together with the growth team", "Take part in customer interviews and usability sessions"],
    "mobile": ["Build and ship new features in apps used by hundreds of thousands of people", "Keep the app fast, stable and crash-free on a wide range of devices", "Work on offline support and data synchronisation", "Improve our release process and automate builds and store submissions", "Collaborate with designers on animations and interaction details", "Write unit and UI tests that give us the confidence to release every week", "Help modularise the codebase so that several teams can work in parallel", "Integrate push notifications, deep links and in-app purchases"],
    "data_eng": ["Build and maintain reliable batch and streaming pipelines", "Model data in our warehouse so that analysts and data scientists can trust it", "Own data quality checks, lineage and documentation", "Reduce pipeline run times and cloud costs", "Work with product teams to instrument events correctly from the start", "Migrate legacy ETL jobs to a modern, version-controlled setup", "Support the machine learning team with feature pipelines", "Make self-service analytics possible for the rest of the company"],
    "ml": ["Train, evaluate and deploy models that directly shape the product", "Explore large datasets and turn vague questions into clear analyses", "Design and analyse A/B tests together with product managers", "Build feature pipelines and monitoring for models in production", "Work on ranking, recommendation and forecasting problems", "Fine-tune and evaluate language models for customer-facing features", "Explain results to non-technical colleagues clearly and honestly", "Define good practices for experiment tracking and reproducibility"],
    "devops": ["Build and run the platform that all our product teams deploy to", "Manage infrastructure as code and keep environments consistent", "Improve observability: metrics, logs, traces and alerts that mean something", "Make CI/CD pipelines faster and more reliable", "Lead incident response and write blameless post-mortems", "Work on capacity planning and cost optimisation", "Harden our clusters and help teams follow security best practices", "Build self-service tooling so developers can ship without waiting for us"],
    "security": ["Run threat-modelling sessions with product teams before features are built", "Review code and architecture for security issues and help fix them", "Own vulnerability management from scanner finding to deployed patch", "Improve detection and response across our cloud environment", "Build security checks into the CI/CD pipeline", "Coordinate external penetration tests and follow up on findings", "Support compliance work such as ISO 27001 and SOC 2 audits", "Teach engineers practical secure coding in short, hands-on workshops"],
    "qa": ["Design and automate test suites for web, mobile and API layers", "Own the quality strategy for one or two product teams", "Integrate automated tests into the CI pipeline and keep them fast and stable", "Find and report bugs with clear reproduction steps", "Run exploratory testing sessions before major releases", "Build test-data tooling and stable test environments", "Track quality metrics and help teams get rid of flaky tests", "Contribute to performance and load testing"],
    "embedded": ["Develop software for devices that run in the field for years", "Write modern, well-tested C++ for performance-critical components", "Bring up new hardware together with the electronics team", "Build desktop tooling in Qt for configuring and diagnosing our devices", "Debug tricky issues with oscilloscopes, logic analysers and debuggers", "Improve our build system, cross-compilation toolchains and CI", "Optimise memory usage and power consumption", "Review code with a focus on safety and robustness"],
    "product": ["Understand our users deeply through interviews, data and support conversations", "Define problems clearly and prioritise what the team works on next", "Design flows, wireframes and high-fidelity prototypes", "Work side by side with engineers from discovery to release", "Measure the impact of what we ship and adjust course", "Contribute to our design system and product principles", "Run usability tests and share what you learn with the whole company", "Write clear product briefs that explain the why, not just the what"],
    "mgmt": ["Lead a team of {n} engineers and help each of them grow", "Hire great engineers and build an inclusive, high-trust team", "Run one-on-ones, give honest feedback and write meaningful performance reviews", "Partner with product and design on the roadmap and on realistic planning", "Keep delivery predictable without burning the team out", "Stay close enough to the code to make good technical decisions with the team", "Improve engineering processes such as incident reviews, planning and on-call", "Represent the team's work to senior leadership"],
}
GENERIC_DUTIES = ["Take part in code reviews and help keep the codebase healthy", "Write short design proposals and clear documentation", "Break large pieces of work into small, shippable increments", "Talk to customers and the support team to understand real problems", "Join a fair on-call rotation (about one week in eight, with a proper handover)"]
LEVEL_DUTIES = {
    "Intern": ["Learn our stack with the support of a dedicated mentor", "Ship your first change to production within your first two weeks"],
    "Junior": ["Pair with senior colleagues and grow quickly through regular feedback"],
    "Senior": ["Mentor other engineers through pairing and thoughtful review"],
    "Lead": ["Lead a small team of {n} people day to day while still doing hands-on work", "Run planning and refinement sessions together with the product manager"],
    "Staff": ["Lead technical design for projects that span several teams", "Set technical direction for {area} together with other staff engineers"],
    "Principal": ["Shape the long-term technical strategy of the company", "Act as a trusted advisor to leadership on build-versus-buy decisions"],
}
TECH_ONE = ["Solid, hands-on experience with {a}", "Practical knowledge of {a}", "Good understanding of {a}",
            "You have used {a} in production, not just in side projects", "Confidence working with {a} day to day", "Experience with <strong>{a}</strong>"]
TECH_TWO = ["You are comfortable with {a} and {b}", "Working knowledge of {a} and {b}",
            "Experience with {a}, {b} or similar tools", "Hands-on experience with both {a} and {b}"]
NICE_ONE = ["Experience with {a}", "Exposure to {a}", "Some familiarity with {a}", "You have tried {a} in a side project", "Knowledge of {a}"]
SOFT_REQS = ["Good written and spoken English; most of our communication is asynchronous",
             "You care about quality but know when good enough is good enough",
             "You can explain technical trade-offs to non-technical colleagues",
             "A habit of writing tests and leaving things better than you found them",
             "You take ownership of problems from the first report to the final fix",
             "Curiosity and the patience to dig into problems nobody has solved yet"]
BENEFITS = {
    "*": ["A yearly learning budget for books, courses and conferences", "A new laptop of your choice and the peripherals you need",
          "Home-office budget to set up a comfortable workspace", "Stock options so you share in the company's success",
          "Team off-sites twice a year", "Flexible working hours: we care about outcomes, not hours at the desk",
          "Mental-health support through an external counselling service", "Quarterly hack days to work on whatever you like",
          "A transparent career framework and regular one-on-ones", "Four-week paid sabbatical after five years"],
    "US": ["Medical, dental and vision insurance with premiums fully covered for you", "401(k) with a 4% company match", "Paid parental leave of 16 weeks", "Flexible PTO with a 15-day minimum we actually expect you to take"],
    "CA": ["Extended health and dental coverage from day one", "RRSP matching up to 4% of your salary", "Three weeks of vacation plus a winter break"],
    "UK": ["25 days of holiday plus bank holidays", "Private medical insurance", "Pension scheme with 6% employer contribution", "Cycle-to-work scheme"],
    "DE": ["30 days of paid vacation", "Public transport ticket fully paid by us", "Company pension plan with employer contribution", "Subsidised gym membership"],
    "NL": ["Support with the 30% ruling for eligible candidates", "8% holiday allowance on top of your salary", "Public transport travel allowance", "27 vacation days"],
    "PL": ["Private medical care and a sports card", "Choice between a B2B contract and an employment contract (UoP)", "Paid days off also on B2B"],
    "UA": ["Backup power and internet in the office", "Medical insurance", "Paid English lessons", "Paid days off also for contractors"],
    "IN": ["Group medical insurance that also covers your parents", "Meal cards and a transport allowance", "Annual performance bonus"],
    "ES": ["Flexible remuneration plan (meals, transport, childcare)", "Intensive summer working hours in July and August", "23 working days of holiday"],
    "FR": ["RTT days on top of 25 days of paid leave", "Titres-restaurant and 50% of your transit pass reimbursed", "Mutuelle paid at 100%"],
    "EU": ["Work from any EU country through our employer-of-record partner", "Co-working membership if you prefer not to work from home"],
    "ANY": ["Work from any country through our employer-of-record partner", "Co-working membership if you prefer not to work from home"],
}
CLOSINGS = [
    "{name} is an equal opportunity employer. We welcome applications from people of all backgrounds and make hiring decisions based on skills and potential only.",
    "Our process is short: a 30-minute intro call, a technical conversation based on a realistic problem (no whiteboard puzzles) and a final meeting with the team. We reply to every applicant.",
    "Not sure you meet every requirement? Apply anyway. We would rather talk to you than miss out.",
    "Please apply with your CV in English. Recruitment agencies: thank you, but we do not accept unsolicited candidates.",
    "If you need any adjustments during the interview process, tell us and we will make it work.",
]


# --- Helpers ----------------------------------------------------------------

def esc(text):
    return html.escape(text, quote=False)


def slugify(name):
    name = name.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("&", "and")
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_name.lower()).split())


def country_of(location):
    if location in REMOTE_REGIONS:
        return REMOTE_REGIONS[location][0]
    return COUNTRY_BY_SUFFIX.get(location.rsplit(", ", 1)[-1], "US")   # US cities end in a state code


def with_article(title):
    first = title.split()[0]
    vowel = first[0] in "AEIO" or first in ("ML", "MLOps", "SRE", "SDET")
    return ("an " if vowel else "a ") + "<strong>" + esc(title) + "</strong>"


def parse_stack(stack):
    core, optional = stack.split("|")
    return core.split(","), optional.split(",")


def split_list(text):
    return [item.strip() for item in text.split(",")]


# --- Salaries -----------------------------------------------------------------

def rnd(value, step):
    return int(round(value / step) * step)


def lakh(n):
    """Indian digit grouping: 1800000 -> 18,00,000."""
    s = str(n)
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join(([head] if head else []) + groups + [tail])


# Salary formats per (pay region, unit). Fields: a/b = low/high amount, ka/kb in
# thousands, da/db with dot grouping, sa/sb with space grouping, la/lb in Indian
# lakh grouping, pa/pb as lakhs per annum.
FORMATS = {
    ("USD", "year"): ["${ka}k–${kb}k", "${ka}K-${kb}K", "${a:,} - ${b:,} a year", "${a:,}–${b:,} per year",
                      "{a} USD/yr", "up to ${b:,}", "${a:,} – ${b:,} + equity"],
    ("USD", "hour"): ["${a}–{b} an hour", "${a}–${b} an hour", "${b}/hr", "${a} - ${b} per hour"],
    ("CAD", "year"): ["CA${a:,}–CA${b:,}", "${a:,} - ${b:,} CAD", "C${ka}k–C${kb}k per year", "CA${a:,} to CA${b:,} annually"],
    ("CAD", "hour"): ["CA${b}/hr", "CA${a}–CA${b} per hour"],
    ("GBP", "year"): ["£{a:,} per annum", "£{a:,} - £{b:,}", "£{ka}k–£{kb}k + benefits", "up to £{b:,} per annum",
                      "£{a:,} - £{b:,} per annum + bonus"],
    ("GBP", "day"): ["£{b} per day (outside IR35)", "£{a}–£{b}/day inside IR35"],
    ("DE", "year"): ["€{da} - €{db} a year", "{da} – {db} € brutto/Jahr", "from €{ka}k", "€{ka}k–€{kb}k", "EUR {ka}K - {kb}K"],
    ("NL", "year"): ["€{a:,} - €{b:,} per year", "€{da} - €{db} a year", "from €{ka}k", "€{ka}k–€{kb}k + 8% holiday allowance"],
    ("ES", "year"): ["{da} € - {db} € brutos/año", "€{ka}k–€{kb}k", "from €{ka}k", "€{da} - €{db} a year"],
    ("FR", "year"): ["{sa} € – {sb} € brut annuel", "{ka}–{kb} k€", "€{ka}k–€{kb}k", "from €{ka}k"],
    ("EU", "year"): ["€{ka}k–€{kb}k", "€{a:,} - €{b:,} per year", "from €{ka}k", "EUR {ka}K - {kb}K"],
    ("EUR", "month"): ["€{da} - €{db} per month", "€{a:,}/month"],
    ("EUR", "day"): ["€{b}/day", "€{a}–€{b} per day"],
    ("PL", "month"): ["PLN {sa} – {sb} / month", "{sa} - {sb} PLN netto (B2B)", "{sa}–{sb} zł brutto/mies. (UoP)",
                      "PLN {sa}–{sb} + VAT (B2B)"],
    ("UA", "month"): ["${a:,}–${b:,} / month", "from ${a:,} per month", "USD {a}–{b} monthly", "${a:,} - ${b:,} net per month"],
    ("IN", "year"): ["₹{la} - ₹{lb} per year", "₹{pa}–{pb} LPA", "INR {pa}L - {pb}L", "up to ₹{lb} per annum"],
    ("IN", "month"): ["₹{la} per month stipend", "₹{la} - ₹{lb}/month"],
}


def format_salary(template, a, b):
    fields = dict(a=a, b=b)
    for side, n in (("a", a), ("b", b)):
        fields.update({"k" + side: round(n / 1000), "d" + side: f"{n:,}".replace(",", "."),
                       "s" + side: f"{n:,}".replace(",", " "), "l" + side: lakh(n), "p" + side: f"{n / 100000:g}"})
    return template.format(**fields)


def salary_text(rng, region, employment, annual_mid):
    """Pick a realistic unit for the region and contract, then a random format."""
    hourly_like = employment in ("CONTRACTOR", "PART_TIME", "TEMPORARY", "INTERN")
    contractor = 1.25 if employment == "CONTRACTOR" else 1.0
    low = annual_mid * rng.uniform(0.85, 0.95)
    high = low * (rng.uniform(1.1, 1.25) if employment == "INTERN" else rng.uniform(1.15, 1.4))
    if region in ("US", "ANY", "CA"):
        cur = "CAD" if region == "CA" else "USD"
        if hourly_like:   # US/CA interns are paid hourly and comparatively well
            key, step, div = (cur, "hour"), 1, 2080 / (1.3 if employment == "INTERN" else contractor)
        else:
            key, step, div = (cur, "year"), 1000, 1
    elif region == "UK":
        key, step, div = (("GBP", "day"), 25, 220 / 1.35) if employment == "CONTRACTOR" else (("GBP", "year"), 1000, 1)
    elif region in ("DE", "NL", "ES", "FR", "EU"):
        if employment == "INTERN":
            key, step, div = ("EUR", "month"), 100, 12 / 0.8
        elif employment == "CONTRACTOR":
            key, step, div = ("EUR", "day"), 25, 220 / 1.35
        else:
            key, step, div = (region, "year"), 1000, 1
    elif region == "PL":
        key, step, div = ("PL", "month"), 500, 1 / contractor
    elif region == "UA":
        key, step, div = ("UA", "month"), 100, 1 / contractor
    else:  # India
        key, step, div = (("IN", "month"), 5000, 12) if employment == "INTERN" else (("IN", "year"), 50000, 1)
    low, high = rnd(low / div, step), rnd(high / div, step)
    return format_salary(rng.choice(FORMATS[key]), low, max(high, low + step))


# --- Listing specs --------------------------------------------------------------

def company_profiles(rng):
    profiles = []
    for name, what, kind, offices, remote, favs in COMPANIES:
        cities = [c.strip() for c in offices.split(";")]
        size = rng.choice([25, 40, 60, 85, 120, 180, 250, 400, 650, 1200])
        profiles.append(dict(
            name=name, what=what, kind=kind, cities=cities, remote=remote, favs=favs.split(),
            primary=[c for c in cities if country_of(c) not in ("CH", "BR")],
            year=rng.randint(2008, 2021), size=size, eng=max(8, size * rng.randint(25, 45) // 100),
            customers=rng.choice(["2,000", "5,000", "12,000", "40,000", "150,000", "a million"]),
            fund_year=rng.randint(2022, 2025), series=rng.choice("ABC"), pay=rng.uniform(0.9, 1.15),
            remote_first=(remote == "Anywhere" and cities == ["Anywhere"]) or cities == [remote]))
    return profiles


def pick_family(rng, company):
    if rng.random() < 0.65:
        return rng.choice(company["favs"])
    names = [f for f in FAMILIES if f != "embedded" or "embedded" in company["favs"]]
    return rng.choices(names, [FAMILIES[f]["weight"] for f in names])[0]


def build_title(rng, fam_key, level, title, team, first_location):
    if fam_key == "mgmt" or level == "Intern":
        full = (level + " " + title).strip() if fam_key == "mgmt" else title
    else:
        prefix = "Sr." if level == "Senior" and rng.random() < 0.08 else level
        full = (prefix + " " + title).strip()
    overlap = set(team.lower().split()) & set(full.lower().split())   # no "SRE, Reliability"
    if level != "Intern" and "," not in full and "(" not in full and not overlap and rng.random() < 0.2:
        full += rng.choice([" – {t}", ", {t}", " ({t})"]).format(t=team)
    if country_of(first_location) == "DE" and rng.random() < 0.45:
        full += rng.choice([" (m/w/d)", " (m/f/d)", " (all genders)"])
    return full


def pick_locations(rng, company, workplace):
    if workplace == "remote":
        locs = [company["remote"]]
        if company["primary"][0] != company["remote"] and rng.random() < 0.3:
            locs.append(rng.choice(company["primary"]))
        return locs
    first = rng.choice(company["primary"])
    others = [c for c in company["cities"] if c != first]
    extra = rng.choices([0, 1, 2], [70, 22, 8])[0]
    return [first] + rng.sample(others, min(extra, len(others)))


def make_spec(rng, company):
    fam_key = pick_family(rng, company)
    fam = FAMILIES[fam_key]
    levels = fam.get("levels") or [lv for lv in LEVELS if lv[0] != "Intern" or fam["intern"]]
    level, _, level_pay = rng.choices(levels, [lv[1] for lv in levels])[0]
    title, stack_idx = rng.choice(fam["intern"] if level == "Intern" else fam["titles"])
    stacks = fam["stacks"]
    core, optional = parse_stack(stacks[stack_idx] if stack_idx is not None else rng.choice(stacks))
    pool = [t for t in split_list(fam["pool"]) if t not in core]
    required = core + rng.sample(optional, min(len(optional), rng.randint(1, 3)))
    required += rng.sample([t for t in pool if t not in required], max(0, rng.randint(5, 10) - len(required)))
    nice = rng.sample(split_list(fam["nice"]), rng.randint(1, 3))
    nice += rng.sample([t for t in optional + pool if t not in required], 1)

    workplace = "remote" if company["remote_first"] else rng.choices(["remote", "hybrid", "onsite"], [25, 48, 27])[0]
    locations = pick_locations(rng, company, workplace)
    employment = "INTERN" if level == "Intern" else \
        rng.choices(["FULL_TIME", "CONTRACTOR", "PART_TIME", "TEMPORARY"], [84, 9, 4, 3])[0]
    team = rng.choice(fam["teams"].split(", "))
    full_title = build_title(rng, fam_key, level, title, team, locations[0])
    if employment == "CONTRACTOR" and rng.random() < 0.4:
        full_title += rng.choice([" (Contract)", " (B2B)", " – 6-month contract"])
    elif employment == "PART_TIME" and rng.random() < 0.5:
        full_title += " (Part-time)"
    posted = FIRST_DAY + timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))
    return dict(
        company=company, fam_key=fam_key, level=level, pay=fam["pay"] * level_pay * company["pay"],
        title=full_title, team=team, required=required, nice=nice, workplace=workplace,
        locations=locations, employment=employment, posted=posted,
        valid_days=rng.randint(30, 60) if rng.random() < 0.5 else None,
        has_salary=rng.random() < 0.75, has_skills=rng.random() < 0.3, seed=rng.getrandbits(32))


def make_twin(rng, spec):
    """Same company, same title, posted a few days later in another office."""
    company, first = spec["company"], spec["locations"][0]
    candidates = [c for c in company["primary"] if c != first]
    same_country = [c for c in candidates if country_of(c) == country_of(first)]
    twin = dict(spec, locations=[rng.choice(same_country or candidates)])
    twin["posted"] = min(LAST_DAY, spec["posted"] + timedelta(days=rng.randint(0, 6)))
    return twin


# --- Rendering -----------------------------------------------------------------

def mention(rng, tech):
    return ALIASES[tech] if tech in ALIASES and rng.random() < 0.2 else tech


def render_description(rng, spec, salary):
    c, fam_key, level = spec["company"], spec["fam_key"], spec["level"]
    fam = FAMILIES[fam_key]
    city = next((loc.split(",")[0] for loc in spec["locations"] if loc not in REMOTE_REGIONS), "our")
    ctx = dict(name=esc(c["name"]), what=esc(c["what"]), kind=esc(c["kind"]), year=c["year"], size=c["size"],
               eng=c["eng"], customers=c["customers"], fund_year=c["fund_year"], series=c["series"],
               offices=esc(", ".join(x.split(",")[0] for x in c["cities"])), n=rng.randint(4, 8),
               area=fam["area"], team=esc(spec["team"]), mission=fam["mission"], a_title=with_article(spec["title"]),
               city=esc(city), days=rng.choice(["two", "two to three", "three"]),
               region=esc(REMOTE_REGIONS.get(spec["locations"][0], ("", "Europe"))[1]), salary=esc(salary or ""))

    intro = [rng.choice(OPENERS)] + rng.sample(COMPANY_LINES, rng.randint(3, 5))
    role = [rng.choice(ROLE_LINES), rng.choice(WHERE[spec["workplace"]])]
    if rng.random() < 0.6:
        role.insert(1, rng.choice(TEAM_LINES))
    if salary and rng.random() < 0.35:
        role.append(rng.choice(SALARY_LINES))

    duties = rng.sample(DUTIES[fam_key], rng.randint(5, 7)) + LEVEL_DUTIES.get(level, [])[:rng.randint(1, 2)]
    if fam_key not in ("product", "mgmt"):
        duties += rng.sample(GENERIC_DUTIES, rng.randint(0, 2))

    exp_key = "mgmt" if fam_key == "mgmt" else level
    reqs = [EXPERIENCE[exp_key].format(y=rng.randint(*YEARS.get(exp_key, (0, 0))), area=fam["area"])]
    techs = [esc(mention(rng, t)) for t in spec["required"]]
    n_core = 2 if len(techs) > 6 and rng.random() < 0.5 else 1
    reqs.append("Strong experience with " + " and ".join(f"<strong>{t}</strong>" for t in techs[:n_core]))
    rest = techs[n_core:]
    while rest:
        if len(rest) >= 2 and rng.random() < 0.5:
            reqs.append(rng.choice(TECH_TWO).format(a=rest[0], b=rest[1]))
            rest = rest[2:]
        else:
            reqs.append(rng.choice(TECH_ONE).format(a=rest[0]))
            rest = rest[1:]
    reqs += rng.sample(SOFT_REQS, rng.randint(1, 2))

    nice = [rng.choice(NICE_ONE).format(a=esc(mention(rng, t))) for t in spec["nice"]]
    region = country_of(spec["locations"][0])
    if region in LANGUAGE_NICE and rng.random() < 0.5:
        nice.append(LANGUAGE_NICE[region])

    offer = rng.sample(BENEFITS.get(region, []), min(2, len(BENEFITS.get(region, []))))
    offer += rng.sample(BENEFITS["*"], rng.randint(3, 5))
    if salary and rng.random() < 0.25:
        offer.insert(0, f"Salary: <strong>{esc(salary)}</strong>, reviewed every year")
    closings = rng.sample(CLOSINGS, rng.randint(1, 3))

    def assemble():
        fill = lambda s: s.format_map(ctx)
        parts = ["<p>" + " ".join(fill(s) for s in intro) + "</p>", "<p>" + " ".join(fill(s) for s in role) + "</p>"]
        for head, items in (("What you will do", duties), ("Requirements", reqs), ("Nice to have", nice), ("What we offer", offer)):
            parts.append(f"<h3>{head}</h3><ul>" + "".join(f"<li>{fill(i)}</li>" for i in items) + "</ul>")
        parts += [f"<p>{fill(s)}</p>" for s in closings]
        return "".join(parts)

    text = assemble()
    spare = [s for s in CLOSINGS if s not in closings]
    while len(text.encode()) < DESC_MIN + 50:      # too short: add more ordinary content
        pool = [d for d in DUTIES[fam_key] + GENERIC_DUTIES if d not in duties]
        duties.append(pool[0]) if pool else closings.append(spare.pop())
        text = assemble()
    while len(text.encode()) > DESC_MAX - 50:      # too long: trim the longest lists
        (duties if len(duties) > 4 else intro).pop()
        text = assemble()
    return text


def render(spec, listing_id):
    rng = random.Random(spec["seed"])           # twins share text, differing only by place
    c = spec["company"]
    region = country_of(spec["locations"][0])
    salary = salary_text(rng, region, spec["employment"], BASE_PAY[region] * spec["pay"]) if spec["has_salary"] else None
    obj = {
        "title": spec["title"], "company": c["name"], "locations": spec["locations"],
        "workplace": spec["workplace"], "employment_type": spec["employment"],
        "date_posted": spec["posted"].isoformat(),
        "url": f"https://jobs.example.com/{slugify(c['name'])}/{listing_id}",
        "description_html": render_description(rng, spec, salary), "source": SOURCE,
    }
    if salary:
        obj["salary"] = salary
    if spec["valid_days"]:
        obj["valid_through"] = (spec["posted"] + timedelta(days=spec["valid_days"])).isoformat()
    if spec["has_skills"]:
        obj["skills"] = list(spec["required"])
    return obj


def generate():
    rng = random.Random(SEED)
    companies = company_profiles(rng)
    specs, taken = [], set()
    while len(specs) < COUNT - TWIN_PAIRS:   # every company at least once, then at random
        spec = make_spec(rng, companies[len(specs)] if len(specs) < len(companies) else rng.choice(companies))
        if (spec["company"]["name"], spec["title"]) not in taken:
            taken.add((spec["company"]["name"], spec["title"]))
            specs.append(spec)
    eligible = [s for s in specs if s["workplace"] != "remote" and s["level"] != "Intern"
                and len(s["locations"]) == 1 and len(s["company"]["primary"]) > 1]
    seen, twins = set(), []
    for spec in rng.sample(eligible, len(eligible)):
        if spec["company"]["name"] not in seen and len(twins) < TWIN_PAIRS:
            seen.add(spec["company"]["name"])
            twins.append(make_twin(rng, spec))
    specs += twins
    ids = rng.sample(range(100000, 1000000), len(specs))
    listings = [render(spec, ids[i]) for i, spec in enumerate(specs)]
    listings.sort(key=lambda o: (o["date_posted"], o["url"]), reverse=True)
    return listings


def main():
    repo = Path(__file__).resolve().parent.parent
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else repo / "resources" / "samples" / "listings.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    listings = generate()
    data = "".join(json.dumps(o, ensure_ascii=False, sort_keys=True) + "\n" for o in listings)
    out.write_bytes(data.encode("utf-8"))
    print(f"wrote {len(listings)} listings to {out} ({len(data.encode('utf-8')) // 1024} KB)")


if __name__ == "__main__":
    main()
